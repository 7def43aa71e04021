import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { FindingsDocumentSchema, type FindingsDocument } from '../evaluate/finding.js';

/**
 * Reads a findings document written by `--format json`. Anything else is bad input (exit 2) with
 * a one-line reason; a UTF-8 byte order mark (some editors and PowerShell add one) is tolerated.
 */
export function parseFindingsDocument(text: string, source: string): FindingsDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${source} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || !('findings' in raw) || !('schemaVersion' in raw))
    throw new UsageError(`${source} is not a Bulwark findings document (write one with --format json).`);
  const parsed = FindingsDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    throw new UsageError(`${source} is not a valid findings document: ${issues.join('; ')}${more}.`);
  }
  return parsed.data;
}

export async function loadFindingsDocument(path: string): Promise<FindingsDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read findings document ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return parseFindingsDocument(text, path);
}
