/**
 * A list's items by one string key, built once per list (first item wins, as `find` would): checks
 * that look items up per resource (an instance's security groups, its managed node) would otherwise
 * grow as resources x items on a large account.
 */
const indexes = new WeakMap<readonly object[], Map<string, Map<string, object>>>();

export function indexBy<T extends object, K extends keyof T & string>(list: readonly T[], key: K): ReadonlyMap<string, T> {
  let byKey = indexes.get(list);
  if (!byKey) {
    byKey = new Map<string, Map<string, object>>();
    indexes.set(list, byKey);
  }
  let index = byKey.get(key) as Map<string, T> | undefined;
  if (!index) {
    index = new Map();
    for (const item of list) {
      const k = item[key];
      if (typeof k === 'string' && !index.has(k)) index.set(k, item);
    }
    byKey.set(key, index);
  }
  return index;
}
