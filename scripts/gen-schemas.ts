/**
 * Writes docs/findings.schema.json and docs/inventory.schema.json from the zod schemas in the
 * code, so the documented format cannot drift from what `--format json` emits
 * (tests/docs/schemas.test.ts fails when the committed files are stale).
 * Run: npx tsx scripts/gen-schemas.ts
 */
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../src/evaluate/schemas.js';

for (const [path, schema] of Object.entries(schemaFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
