import { accountRef, defineCheck } from '../define-check.js';
import { maxAge, judgePasswordPolicy } from './password-policy.js';

/**
 * Security Hub IAM.17: MaxPasswordAge is set and at most 90 days.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html
 */
export const iamPasswordPolicyExpiresWithin90Days = defineCheck({
  id: 'iam-password-policy-expires-within-90-days',
  title: 'The IAM password policy expires passwords within 90 days',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.17'], checklist: ['1.7'] },
  rationale: 'Expiry bounds how long a password exposed without anyone noticing stays usable.',
  remediation: {
    summary: 'Set a maximum password age of 90 days or less in the account password policy.',
    cli: 'aws iam update-account-password-policy --max-password-age 90 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --minimum-password-length 14 --password-reuse-prevention 24',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => [
    judgePasswordPolicy(accountRef(ctx), inv.iam.passwordPolicy, [maxAge(90)], 'The IAM password policy expires passwords within 90 days.'),
  ],
});
