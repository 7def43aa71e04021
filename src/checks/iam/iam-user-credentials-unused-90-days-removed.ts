import { accountRef, defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachReportUser, staleCredentials } from './credentials.js';

/** FSBP IAM.8 fixes the threshold at 90 days (AWS Config iam-user-unused-credentials-check). */
const UNUSED_DAYS = 90;

export const iamUserCredentialsUnused90DaysRemoved = defineCheck({
  id: 'iam-user-credentials-unused-90-days-removed',
  title: 'IAM user credentials unused for 90 days are removed',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { fsbp: ['IAM.8'], checklist: ['1.9'] },
  rationale:
    'Credentials unused for a whole quarter are almost certainly not needed; removing them shrinks what an attacker can find and use unnoticed.',
  remediation: {
    summary: 'Delete console passwords and access keys that have not been used for 90 days.',
    cli: 'aws iam delete-login-profile --user-name <user> ; aws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachReportUser(inv.iam, accountRef(ctx), (row) => {
      const r = staleCredentials(row, UNUSED_DAYS, ctx.now);
      if (!r.ok) return unknown(row, missingData('iam:GetCredentialReport', row.arn, r.reason));
      return r.stale.length > 0
        ? fail(row, `IAM user ${row.user} has credentials unused for ${UNUSED_DAYS} days or more: ${r.stale.join('; ')}.`)
        : pass(row, `IAM user ${row.user} has no credential unused for ${UNUSED_DAYS} days or more.`);
    }),
});
