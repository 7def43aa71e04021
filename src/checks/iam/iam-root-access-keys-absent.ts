import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

export const iamRootAccessKeysAbsent = defineCheck({
  id: 'iam-root-access-keys-absent',
  title: 'The root user has no access keys',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.4'], 'cis-3.0': ['1.4'], checklist: ['1.1'] },
  rationale:
    'Root access keys give unrestricted, unscopable programmatic access to the whole account; a leaked root key cannot be contained by any policy.',
  remediation: {
    summary: 'Sign in as the root user, delete its access keys under Security credentials, and use IAM roles for programmatic access.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const summary = inv.iam.accountSummary;
    const report = inv.iam.credentialReport;
    const root = report.ok ? report.value.root : null;
    if (summary.ok && summary.value.accountAccessKeysPresent > 0) {
      return [fail(account, 'The root user has access keys (GetAccountSummary reports AccountAccessKeysPresent).')];
    }
    // The summary is authoritative; the report's root row is a second witness when it is present.
    if (root && (root.accessKey1Active || root.accessKey2Active)) {
      return [fail(account, 'The root user has an active access key in the credential report.')];
    }
    if (!summary.ok) return [unknown(account, summary.error)];
    return [pass(account, 'The root user has no access keys.')];
  },
});
