import type { FindingsDocument } from '../evaluate/finding.js';

/** Our own findings format: stable, documented in docs/findings.schema.json. */
export function renderJson(doc: FindingsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
