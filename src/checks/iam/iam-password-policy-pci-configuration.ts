import { accountRef, defineCheck } from '../define-check.js';
import {
  maxAge,
  minimumLength,
  requireLowercase,
  requireNumbers,
  requireUppercase,
  reusePrevention,
  judgePasswordPolicy,
} from './password-policy.js';

/**
 * Security Hub IAM.10 (PCI DSS v3.2.1): RequireUppercaseCharacters, RequireLowercaseCharacters and RequireNumbers true, MinimumPasswordLength 7, PasswordReusePrevention 4, MaxPasswordAge 90.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html
 */
export const iamPasswordPolicyPciConfiguration = defineCheck({
  id: 'iam-password-policy-pci-configuration',
  title:
    'The IAM password policy meets the PCI DSS configuration (upper and lower case, numbers, 7 characters, 4 remembered, 90-day expiry)',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.10'] },
  rationale: 'PCI DSS v3.2.1 requirement 8.2 sets these minimums for passwords that protect cardholder data environments.',
  remediation: {
    summary:
      'Require upper and lower case letters and numbers, a minimum length of 7 or more, reuse prevention of 4 or more and a maximum age of 90 days or less.',
    cli: 'aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols --minimum-password-length 14 --password-reuse-prevention 24 --max-password-age 90',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => [
    judgePasswordPolicy(
      accountRef(ctx),
      inv.iam.passwordPolicy,
      [requireUppercase, requireLowercase, requireNumbers, minimumLength(7), reusePrevention(4), maxAge(90)],
      'The IAM password policy requires upper and lower case letters and numbers, at least 7 characters, remembers at least 4 passwords and expires them within 90 days.',
    ),
  ],
});
