import type { FindingsDocument } from '../evaluate/finding.js';
import { jsonChunks } from '../json-chunks.js';

/** Our own findings format: stable, documented in docs/findings.schema.json. */
export function renderJson(doc: FindingsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** renderJson as chunks (the same bytes): a scan with millions of findings is never one string. */
export function* renderJsonChunks(doc: FindingsDocument): Generator<string> {
  yield* jsonChunks(doc);
  yield '\n';
}
