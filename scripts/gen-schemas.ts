/**
 * Writes docs/findings.schema.json, docs/inventory.schema.json and docs/checks.md from the zod schemas and check metadata in the
 * code, so the documented format cannot drift from what `--format json` emits
 * (tests/docs/schemas.test.ts fails when the committed files are stale).
 * Run: npx tsx scripts/gen-schemas.ts
 */
import { writeFileSync } from 'node:fs';
import { generatedDocs, schemaFiles } from '../src/docs/generated.js';

for (const [path, schema] of Object.entries(schemaFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
for (const [path, text] of Object.entries(generatedDocs())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path}`);
}
