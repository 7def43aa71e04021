import { z } from 'zod';
import { FindingsDocumentSchema } from '../evaluate/finding.js';
import { Inventory } from '../model/inventory.js';
import { allChecks } from '../checks/index.js';
import { checkMetaDoc } from '../evaluate/run.js';
import { renderChecksMarkdown } from '../report/checks-markdown.js';

/*
 * Everything `npm run schemas` writes into docs/. It sits above evaluate and report (it needs the
 * check registry, the zod schemas and the Markdown renderer), so neither of those imports the other.
 */

/** Generated documentation pages (text), kept current by tests/docs/schemas.test.ts. */
export function generatedDocs(): Record<string, string> {
  return { 'docs/checks.md': renderChecksMarkdown(allChecks.map(checkMetaDoc)) };
}

/** The JSON Schemas published in docs/, generated from the zod schemas the code validates with. */
export function schemaFiles(): Record<string, unknown> {
  return {
    'docs/findings.schema.json': {
      $id: 'https://github.com/bulwark-scanner/bulwark/docs/findings.schema.json',
      title: 'Bulwark findings document (bulwark scan/evaluate --format json)',
      ...z.toJSONSchema(FindingsDocumentSchema, { unrepresentable: 'any' }),
    },
    'docs/inventory.schema.json': {
      $id: 'https://github.com/bulwark-scanner/bulwark/docs/inventory.schema.json',
      title: 'Bulwark inventory (bulwark collect --output)',
      ...z.toJSONSchema(Inventory, { unrepresentable: 'any' }),
    },
  };
}
