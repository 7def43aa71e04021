import { accountRef, defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachReportUser, staleCredentials } from './credentials.js';

export const iamUserCredentialsUnused45DaysDisabled = defineCheck({
  id: 'iam-user-credentials-unused-45-days-disabled',
  title: 'IAM user credentials unused for 45 days are disabled',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { fsbp: ['IAM.22'], 'cis-3.0': ['1.12'], checklist: ['1.9'] },
  rationale: 'A password or access key nobody uses is pure attack surface: its loss goes unnoticed because nobody would miss it.',
  remediation: {
    summary:
      'Remove the console password and deactivate access keys that have not been used for 45 days (the threshold is the maxCredentialUnusedDays setting).',
    cli: 'aws iam delete-login-profile --user-name <user> ; aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const days = ctx.settings.maxCredentialUnusedDays;
    return eachReportUser(inv.iam, accountRef(ctx), (row) => {
      const r = staleCredentials(row, days, ctx.now);
      if (!r.ok) return unknown(row, missingData('iam:GetCredentialReport', row.arn, r.reason));
      return r.stale.length > 0
        ? fail(row, `IAM user ${row.user} has enabled credentials unused for ${days} days or more: ${r.stale.join('; ')}.`)
        : pass(row, `IAM user ${row.user} has no enabled credential unused for ${days} days or more.`);
    });
  },
});
