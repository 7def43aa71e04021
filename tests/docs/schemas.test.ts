import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { generatedDocs, schemaFiles } from '../../src/docs/generated.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(schemaFiles()))('%s is generated from the current code (npm run schemas)', (path, schema) => {
    const committed = JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });
  it.each(Object.entries(generatedDocs()))('%s is generated from the current checks (npm run schemas)', (path, text) => {
    expect(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')).toBe(text);
  });
});
