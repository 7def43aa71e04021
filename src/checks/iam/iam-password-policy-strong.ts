import { accountRef, defineCheck } from '../define-check.js';
import {
  judgePasswordPolicy,
  minimumLength,
  requireLowercase,
  requireNumbers,
  requireSymbols,
  requireUppercase,
} from './password-policy.js';

/**
 * FSBP IAM.7 with its default parameters: RequireUppercaseCharacters, RequireLowercaseCharacters,
 * RequireSymbols and RequireNumbers true, MinimumPasswordLength 8. PasswordReusePrevention and
 * MaxPasswordAge have no default, so Security Hub ignores reuse and expiry (IAM.16 and IAM.17
 * judge those).
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7
 */
const MIN_LENGTH = 8;

export const iamPasswordPolicyStrong = defineCheck({
  id: 'iam-password-policy-strong',
  title: 'The IAM password policy requires upper and lower case letters, numbers, symbols and at least 8 characters',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.7'], checklist: ['1.7'] },
  rationale: 'Character-class and length requirements make console passwords harder to guess or brute-force.',
  remediation: {
    summary: 'Require upper and lower case letters, numbers and symbols, and a minimum length of 8 or more (14 for CIS).',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --max-password-age 90 --password-reuse-prevention 24',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => [
    judgePasswordPolicy(
      accountRef(ctx),
      inv.iam.passwordPolicy,
      [requireUppercase, requireLowercase, requireNumbers, requireSymbols, minimumLength(MIN_LENGTH)],
      `The IAM password policy requires upper and lower case letters, numbers, symbols and at least ${MIN_LENGTH} characters.`,
    ),
  ],
});
