import { accountRef, defineCheck } from '../define-check.js';
import { requireSymbols, judgePasswordPolicy } from './password-policy.js';

/**
 * Security Hub IAM.13: RequireSymbols is true.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html
 */
export const iamPasswordPolicySymbolsRequired = defineCheck({
  id: 'iam-password-policy-symbols-required',
  title: 'The IAM password policy requires at least one symbol',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.13'], checklist: ['1.7'] },
  rationale: 'Each required character class multiplies the number of passwords an attacker must try.',
  remediation: {
    summary: 'Require at least one symbol in the account password policy.',
    cli: 'aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --minimum-password-length 14 --password-reuse-prevention 24 --max-password-age 90',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => [
    judgePasswordPolicy(accountRef(ctx), inv.iam.passwordPolicy, [requireSymbols], 'The IAM password policy requires at least one symbol.'),
  ],
});
