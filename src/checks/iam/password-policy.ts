/**
 * The account password policy, judged one requirement at a time: Security Hub splits it into
 * IAM.7 (strong configuration), IAM.10 (PCI DSS configuration) and IAM.11–IAM.17 (one setting
 * each), so each is its own check and finding and a failed requirement is named by its control.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html
 */
import type { IamPasswordPolicy } from '../../model/iam.js';
import type { Observed } from '../../model/observed.js';
import { fail, pass, unknown, type CheckResult, type ResourceRef } from '../define-check.js';

/** What one requirement says about a policy: null when it is met, else the gap (a clause). */
export type PasswordRequirement = (p: IamPasswordPolicy) => string | null;

/** The IAM defaults when a setting is absent: 6 characters (UpdateAccountPasswordPolicy). */
export const IAM_DEFAULT_MIN_LENGTH = 6;

export const requireUppercase: PasswordRequirement = (p) => (p.requireUppercaseCharacters ? null : 'upper case letters are not required');
export const requireLowercase: PasswordRequirement = (p) => (p.requireLowercaseCharacters ? null : 'lower case letters are not required');
export const requireSymbols: PasswordRequirement = (p) => (p.requireSymbols ? null : 'symbols are not required');
export const requireNumbers: PasswordRequirement = (p) => (p.requireNumbers ? null : 'numbers are not required');

export const minimumLength =
  (min: number): PasswordRequirement =>
  (p) => {
    const length = p.minimumPasswordLength ?? IAM_DEFAULT_MIN_LENGTH;
    return length >= min ? null : `the minimum length is ${length} characters, fewer than ${min}`;
  };

export const reusePrevention =
  (min: number): PasswordRequirement =>
  (p) =>
    p.passwordReusePrevention === null
      ? 'password reuse is not prevented'
      : p.passwordReusePrevention >= min
        ? null
        : `only the last ${p.passwordReusePrevention} passwords are remembered, fewer than ${min}`;

export const maxAge =
  (days: number): PasswordRequirement =>
  (p) =>
    p.maxPasswordAge === null || p.maxPasswordAge <= 0
      ? 'passwords never expire'
      : p.maxPasswordAge <= days
        ? null
        : `passwords expire after ${p.maxPasswordAge} days, more than ${days}`;

/**
 * PASS when every requirement holds, FAIL naming each gap (or the missing policy: without one,
 * IAM requires nothing), UNKNOWN when GetAccountPasswordPolicy could not be read.
 */
export function judgePasswordPolicy(
  account: ResourceRef,
  policy: Observed<IamPasswordPolicy | null>,
  requirements: readonly PasswordRequirement[],
  passReason: string,
): CheckResult {
  if (!policy.ok) return unknown(account, policy.error);
  if (!policy.value) return fail(account, 'The account has no IAM password policy, so IAM enforces none of its requirements.');
  const p = policy.value;
  const gaps = requirements.map((r) => r(p)).filter((g): g is string => g !== null);
  return gaps.length === 0 ? pass(account, passReason) : fail(account, `The IAM password policy falls short: ${gaps.join('; ')}.`);
}
