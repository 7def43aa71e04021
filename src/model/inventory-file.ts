import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs.js';
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

/** Nesting depth of a parsed JSON value, walked iteratively (a recursive walk would overflow first). */
function depthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (!v || typeof v !== 'object') continue;
    if (d > limit) return true;
    for (const child of Object.values(v)) if (child && typeof child === 'object') stack.push([child, d + 1]);
  }
  return false;
}

export function parseInventory(text: string, source: string): Inventory {
  let raw: unknown;
  try {
    // Editors on Windows (and PowerShell's Out-File) save UTF-8 with a byte-order mark; JSON.parse rejects it.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InventoryFileError(`Cannot read inventory ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  return parseInventory(text, path);
}

export async function saveInventory(path: string, inventory: Inventory): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(inventory, null, 2)}\n`);
}
