import type { KmsKey, KmsSection } from '../../model/kms.js';
import type { Observed } from '../../model/observed.js';
import { missingData } from '../define-check.js';

/**
 * The account's KMS key a resource names by ARN, key ID or alias, from the KMS section of its
 * region: `ok: false` when that region's keys were not read (the check says UNKNOWN), `key:
 * undefined` when the key is not among the account's keys (another account's, or deleted).
 * Shared by the "encrypted with a customer managed key" checks, which judge KeyManager from here.
 */
export function accountKey(kms: KmsSection, region: string, keyRef: string, resourceArn: string): Observed<KmsKey | undefined> {
  const keys = kms.keys[region];
  if (!keys)
    return { ok: false, error: missingData('kms:ListKeys', resourceArn, `the KMS keys of ${region} are not in the inventory`, { region }) };
  if (!keys.ok) return keys;
  return { ok: true, value: keyIndex(keys.value).get(keyRef) };
}

/**
 * A region's keys by ARN, key ID and alias, built once per list: every encrypted resource of a
 * large account looks its key up, and a scan of the list each time grows as resources × keys.
 * The first key naming a reference wins, as a search of the list in order would.
 */
const indexes = new WeakMap<readonly KmsKey[], Map<string, KmsKey>>();
function keyIndex(keys: readonly KmsKey[]): Map<string, KmsKey> {
  let index = indexes.get(keys);
  if (index) return index;
  index = new Map();
  for (const k of keys) for (const ref of [k.arn, k.keyId, ...k.aliases]) if (!index.has(ref)) index.set(ref, k);
  indexes.set(keys, index);
  return index;
}
