import type { Inventory } from '../model/inventory.js';

/** Resource ARN → its tags (key → value), as far as the inventory recorded them. */
export type ResourceTags = ReadonlyMap<string, Readonly<Record<string, string>>>;

const isStringRecord = (v: unknown): v is Record<string, string> =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => typeof x === 'string');

/**
 * The tags the inventory holds, by resource ARN. Findings do not carry tags (most resources'
 * tags are not collected, and copying them into every finding would bloat every report), so the
 * mutelist looks them up here: any model object with an `arn` and a `tags` map (plain, or an
 * Observed read that succeeded) is indexed. A collector that starts recording tag values is picked
 * up without a change here.
 */
export function resourceTagsIndex(inventory: Inventory): ResourceTags {
  const index = new Map<string, Record<string, string>>();
  const stack: unknown[] = [inventory];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
      continue;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['arn'] === 'string' && 'tags' in o) {
      const t = o['tags'] as { ok?: unknown; value?: unknown } | undefined;
      const tags = isStringRecord(t) ? t : t?.ok === true && isStringRecord(t.value) ? t.value : undefined;
      if (tags) index.set(o['arn'], tags);
    }
    for (const child of Object.values(o)) if (child && typeof child === 'object') stack.push(child);
  }
  return index;
}
