import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

/**
 * FSBP IAM.7 default parameters: upper case, lower case, numbers and symbols required, at least 8
 * characters, and passwords expire within 90 days.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7
 */
const MIN_LENGTH = 8;
const MAX_AGE_DAYS = 90;

export const iamPasswordPolicyStrong = defineCheck({
  id: 'iam-password-policy-strong',
  title: 'The IAM password policy requires complex passwords that expire within 90 days',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.7'], checklist: ['1.7'] },
  rationale: 'Character-class requirements and expiry limit how long a weak or exposed password stays usable for console sign-in.',
  remediation: {
    summary: 'Require upper and lower case letters, numbers and symbols, and a maximum password age of 90 days or less.',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --max-password-age 90 --password-reuse-prevention 24',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const policy = inv.iam.passwordPolicy;
    if (!policy.ok) return [unknown(account, policy.error)];
    const p = policy.value;
    if (!p) return [fail(account, 'The account has no IAM password policy, so no character classes or expiry are required.')];
    const gaps: string[] = [];
    if (!p.requireUppercaseCharacters) gaps.push('upper case letters are not required');
    if (!p.requireLowercaseCharacters) gaps.push('lower case letters are not required');
    if (!p.requireNumbers) gaps.push('numbers are not required');
    if (!p.requireSymbols) gaps.push('symbols are not required');
    if ((p.minimumPasswordLength ?? 0) < MIN_LENGTH) gaps.push(`the minimum length is below ${MIN_LENGTH}`);
    if (p.maxPasswordAge === null) gaps.push('passwords never expire');
    else if (p.maxPasswordAge > MAX_AGE_DAYS) gaps.push(`passwords expire after ${p.maxPasswordAge} days, more than ${MAX_AGE_DAYS}`);
    return gaps.length === 0
      ? [pass(account, `The IAM password policy requires all character classes and expires passwords after ${p.maxPasswordAge} days.`)]
      : [fail(account, `The IAM password policy is weak: ${gaps.join('; ')}.`)];
  },
});
