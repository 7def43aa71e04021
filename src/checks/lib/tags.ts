/**
 * The AWS Resource Tagging Standard controls ("<Service>.N ... should be tagged"), one data-driven
 * judgment for every service: with Security Hub's default parameters (no requiredTagKeys) a
 * resource passes when it has at least one tag key; system tags (`aws:` prefix, applied by AWS)
 * do not count.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/standards-tagging.html
 */
import type { Observed } from '../../model/observed.js';
import { fail, pass, unknown, type CheckResult, type ResourceRef } from '../define-check.js';

/** User tag keys of a tag map, sorted: `aws:` system tags removed. */
export const userTagKeys = (tags: Readonly<Record<string, string>>): string[] =>
  Object.keys(tags)
    .filter((k) => !k.toLowerCase().startsWith('aws:'))
    .sort();

/** PASS when `label` has a user tag key, FAIL when it has none, UNKNOWN when its tags could not be read. */
export function taggedVerdict(r: ResourceRef, label: string, tags: Observed<Readonly<Record<string, string>>>): CheckResult {
  if (!tags.ok) return unknown(r, tags.error);
  const keys = userTagKeys(tags.value);
  if (keys.length === 0) {
    const system = Object.keys(tags.value).length;
    return fail(r, `${label} has no tags${system > 0 ? ` other than ${system} aws: system tag${system === 1 ? '' : 's'}` : ''}.`);
  }
  return pass(r, `${label} is tagged with ${keys.join(', ')}.`);
}
