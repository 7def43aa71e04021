import { accountRef, defineCheck } from '../define-check.js';
import { requireNumbers, judgePasswordPolicy } from './password-policy.js';

/**
 * Security Hub IAM.14: RequireNumbers is true.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html
 */
export const iamPasswordPolicyNumbersRequired = defineCheck({
  id: 'iam-password-policy-numbers-required',
  title: 'The IAM password policy requires at least one number',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.14'], checklist: ['1.7'] },
  rationale: 'Each required character class multiplies the number of passwords an attacker must try.',
  remediation: {
    summary: 'Require at least one number in the account password policy.',
    cli: 'aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --minimum-password-length 14 --password-reuse-prevention 24 --max-password-age 90',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => [
    judgePasswordPolicy(accountRef(ctx), inv.iam.passwordPolicy, [requireNumbers], 'The IAM password policy requires at least one number.'),
  ],
});
