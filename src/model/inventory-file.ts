import { readFile } from 'node:fs/promises';
import { writeFileAtomicChunks } from '../fs.js';
import { jsonChunks } from '../json-chunks.js';
import { parseJsonBuffer } from './json-buffer.js';
import { Inventory, INVENTORY_KIND, INVENTORY_SCHEMA_VERSION } from './inventory.js';

/** A saved inventory that cannot be used; the CLI reports it as bad input (exit 2). */
export class InventoryFileError extends Error {
  override name = 'InventoryFileError';
}

/**
 * Deepest nesting a saved inventory may have. Real ones stay under ~20 levels (policy documents
 * included); validation and the checks recurse, so a deeper file would overflow the stack.
 */
export const MAX_INVENTORY_DEPTH = 128;

/**
 * Whether a parsed JSON value nests deeper than `limit` (the root container is level 1). Recursion
 * is safe here: it stops at `limit` levels. Plain loops, no allocation: it visits every value of a
 * million-resource inventory.
 */
function depthExceeds(v: unknown, limit: number, d = 1): boolean {
  if (Array.isArray(v)) {
    if (d > limit) return true;
    for (let i = 0; i < v.length; i++) {
      const c: unknown = v[i];
      if (c !== null && typeof c === 'object' && depthExceeds(c, limit, d + 1)) return true;
    }
    return false;
  }
  if (v === null || typeof v !== 'object') return false;
  if (d > limit) return true;
  for (const k in v) {
    const c = (v as Record<string, unknown>)[k];
    if (c !== null && typeof c === 'object' && depthExceeds(c, limit, d + 1)) return true;
  }
  return false;
}

export function parseInventory(text: string | Buffer, source: string): Inventory {
  let raw: unknown;
  try {
    // Editors on Windows (and PowerShell's Out-File) save UTF-8 with a byte-order mark; JSON.parse rejects it.
    // A file read as bytes (loadInventory) may be larger than a string can be: parsed in pieces.
    raw = typeof text === 'string' ? JSON.parse(text.replace(/^\uFEFF/, '')) : parseJsonBuffer(text);
  } catch (e) {
    throw new InventoryFileError(`${source} is not valid JSON: ${(e as Error).message}`);
  }
  if (depthExceeds(raw, MAX_INVENTORY_DEPTH)) {
    throw new InventoryFileError(`${source} is not a valid inventory: nested more than ${MAX_INVENTORY_DEPTH} levels deep.`);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { kind?: unknown }).kind !== INVENTORY_KIND) {
    throw new InventoryFileError(`${source} is not a Bulwark inventory (expected "kind": "${INVENTORY_KIND}").`);
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== INVENTORY_SCHEMA_VERSION) {
    throw new InventoryFileError(
      `${source} has inventory schema version ${JSON.stringify(version)}; this Bulwark reads version ${INVENTORY_SCHEMA_VERSION}. Collect it again with this version.`,
    );
  }
  const parsed = Inventory.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    throw new InventoryFileError(`${source} is not a valid inventory: ${issues.join('; ')}${more}.`);
  }
  return parsed.data;
}

export async function loadInventory(path: string): Promise<Inventory> {
  let text: Buffer;
  try {
    // Bytes, not a string: a 1,000,000-resource inventory passes V8's string limit (about 512 MiB).
    text = await readFile(path);
  } catch (e) {
    throw new InventoryFileError(`Cannot read inventory ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return parseInventory(text, path);
}

export async function saveInventory(path: string, inventory: Inventory): Promise<void> {
  // Streamed: a large account's inventory is never held as one string (nor passes the string limit).
  await writeFileAtomicChunks(
    path,
    (function* () {
      yield* jsonChunks(inventory);
      yield '\n';
    })(),
  );
}
