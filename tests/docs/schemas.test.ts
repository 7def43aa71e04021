import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { schemaFiles } from '../../src/evaluate/schemas.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(schemaFiles()))('%s is generated from the current code (npm run schemas)', (path, schema) => {
    const committed = JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
