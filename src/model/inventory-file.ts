import { readFile } from 'node:fs/promises';
import { writeFileAtomicChunks } from '../fs.js';
import { jsonChunks } from '../json-chunks.js';
import { parseJsonBuffer } from './json-buffer.js';
import { InventoryHeader, INVENTORY_KIND, INVENTORY_SCHEMA_VERSION, SECTION_KEYS, sections, type Inventory } from './inventory.js';

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

function parseJson(text: string | Buffer, source: string): unknown {
  try {
    // Editors on Windows (and PowerShell's Out-File) save UTF-8 with a byte-order mark; JSON.parse rejects it.
    // A file read as bytes (loadInventory) may be larger than a string can be: parsed in pieces.
    return typeof text === 'string' ? JSON.parse(text.replace(/^\uFEFF/, '')) : parseJsonBuffer(text);
  } catch (e) {
    throw new InventoryFileError(`${source} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Validates a freshly parsed inventory. The schema is applied to the header, then section by
 * section, releasing each raw section once its validated copy exists: the same result and issues
 * as Inventory.safeParse(raw) (shape order), with one copy of a large account in memory instead of two.
 */
function validate(raw: unknown, source: string): Inventory {
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
  const record = raw as Record<string, unknown>;
  const issues: { path: PropertyKey[]; message: string }[] = [];
  // The header schema strips the section keys (z.object drops unknown keys): they are checked below.
  const header = InventoryHeader.safeParse(raw);
  if (!header.success) issues.push(...header.error.issues);
  const out: Record<string, unknown> = header.success ? { ...header.data } : {};
  for (const key of SECTION_KEYS) {
    if (!Object.hasOwn(record, key)) continue;
    const parsed = sections[key].optional().safeParse(record[key]);
    record[key] = undefined;
    if (parsed.success) {
      if (parsed.data !== undefined) out[key] = parsed.data;
    } else issues.push(...parsed.error.issues.map((i) => ({ ...i, path: [key, ...i.path] })));
  }
  if (issues.length) {
    const shown = issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    throw new InventoryFileError(`${source} is not a valid inventory: ${shown.join('; ')}${more}.`);
  }
  return out as Inventory;
}

export function parseInventory(text: string | Buffer, source: string): Inventory {
  return validate(parseJson(text, source), source);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    // Bytes, not a string: a 1,000,000-resource inventory passes V8's string limit (about 512 MiB).
    return await readFile(path);
  } catch (e) {
    throw new InventoryFileError(`Cannot read inventory ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
}

export async function loadInventory(path: string): Promise<Inventory> {
  // The file's bytes are unreachable once parsed: collectable before validation copies the data.
  return validate(parseJson(await readBytes(path), path), path);
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
