import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

export const iamRootMfaEnabled = defineCheck({
  id: 'iam-root-mfa-enabled',
  title: 'The root user has MFA enabled',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.9'], 'cis-3.0': ['1.5'], checklist: ['1.2'] },
  rationale: 'The root user can do anything in the account, including closing it; without MFA a stolen password is enough to take it over.',
  remediation: {
    summary: 'Sign in as the root user and assign an MFA device (preferably a hardware key) under Security credentials.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const summary = inv.iam.accountSummary;
    if (!summary.ok) return [unknown(account, summary.error)];
    return summary.value.accountMfaEnabled > 0
      ? [pass(account, 'The root user has MFA enabled.')]
      : [fail(account, 'The root user has no MFA device (GetAccountSummary AccountMFAEnabled is 0).')];
  },
});
