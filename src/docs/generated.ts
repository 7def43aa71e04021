import { z } from 'zod';
import { FindingsDocumentSchema } from '../evaluate/finding.js';
import { Inventory } from '../model/inventory.js';
import { allChecks } from '../checks/index.js';
import { checkMetaDoc } from '../evaluate/run.js';
import { renderChecksMarkdown, type UncheckedControl } from '../report/checks-markdown.js';
import { securityHubControls } from '../frameworks/index.js';
import { FSBP_NOT_CHECKED } from '../frameworks/fsbp-not-checked.js';

/*
 * Everything `npm run schemas` writes into docs/. It sits above evaluate and report (it needs the
 * check registry, the zod schemas and the Markdown renderer), so neither of those imports the other.
 */

/** Generated documentation pages (text), kept current by tests/docs/schemas.test.ts. */
export function generatedDocs(): Record<string, string> {
  const reasons = new Map(Object.values(FSBP_NOT_CHECKED).flatMap((byId) => Object.entries(byId)));
  const unchecked: UncheckedControl[] = securityHubControls
    .filter((c) => reasons.has(c.id))
    .map((c) => ({ id: c.id, title: c.title, reason: reasons.get(c.id) ?? '' }));
  return { 'docs/checks.md': renderChecksMarkdown(allChecks.map(checkMetaDoc), unchecked) };
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
