/**
 * The AWS Resource Tagging Standard controls ("<resource> should be tagged": DynamoDB.5, EFS.5,
 * ...) all decide the same thing: with their requiredTagKeys parameter unset (the default), a
 * resource fails when it has no tag key at all; system tags, whose keys begin with "aws:", do not
 * count. https://docs.aws.amazon.com/securityhub/latest/userguide/standards-tagging.html
 */
import type { Observed } from '../../model/observed.js';
import { fail, pass, unknown, type CheckResult, type ResourceRef } from '../define-check.js';

/** Tag keys that count: everything but AWS's system tags. */
export const userTagKeys = (keys: readonly string[]): string[] => keys.filter((k) => !k.toLowerCase().startsWith('aws:'));

/** PASS when `label` carries at least one user tag key, FAIL when none, UNKNOWN when the tags were not read. */
export function judgeTagged(ref: ResourceRef, label: string, tagKeys: Observed<readonly string[]>): CheckResult {
  if (!tagKeys.ok) return unknown(ref, tagKeys.error);
  const keys = userTagKeys(tagKeys.value);
  return keys.length > 0
    ? pass(ref, `${label} has tag keys ${keys.join(', ')}.`)
    : fail(ref, `${label} has no tags${tagKeys.value.length > 0 ? ' other than AWS system tags' : ''}.`);
}
