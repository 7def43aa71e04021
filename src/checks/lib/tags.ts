/**
 * The Security Hub "<resource> should be tagged" controls (Lambda.6, SNS.3, SQS.2,
 * SecretsManager.5, ...), one data-driven judgment for every service: with Security Hub's default
 * parameters (the optional requiredTagKeys has no default) a resource passes when it has at least
 * one tag key; system tags (`aws:` prefix, applied by AWS) do not count.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/standards-tagging.html
 */
import type { Observed } from '../../model/observed.js';
import { fail, pass, unknown, type CheckResult, type ResourceRef } from '../define-check.js';

/** User tag keys, sorted: `aws:` system tags removed. Takes tag keys or a tag map. */
export function userTagKeys(tags: readonly string[] | Readonly<Record<string, string>>): string[] {
  const keys: readonly string[] = Array.isArray(tags) ? tags : Object.keys(tags);
  return keys.filter((k) => !k.toLowerCase().startsWith('aws:')).sort();
}

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

/** The same judgment over tag keys alone (APIs that list keys without values, or tags as a list). */
export function judgeTagged(ref: ResourceRef, label: string, tagKeys: Observed<readonly string[]>): CheckResult {
  if (!tagKeys.ok) return unknown(ref, tagKeys.error);
  const keys = userTagKeys(tagKeys.value);
  return keys.length > 0
    ? pass(ref, `${label} has tag keys ${keys.join(', ')}.`)
    : fail(ref, `${label} has no tags${tagKeys.value.length > 0 ? ' other than AWS system tags' : ''}.`);
}
