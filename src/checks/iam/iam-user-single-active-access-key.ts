import { accountRef, defineCheck, fail, pass } from '../define-check.js';
import { eachReportUser, reportKeys } from './credentials.js';

export const iamUserSingleActiveAccessKey = defineCheck({
  id: 'iam-user-single-active-access-key',
  title: 'IAM users have at most one active access key',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { 'cis-3.0': ['1.13'], checklist: ['1.10'] },
  rationale:
    'A second active key is only needed during rotation; left in place it doubles the long-lived secrets that can leak for the same user.',
  remediation: {
    summary: 'Deactivate and delete the access key that is no longer used.',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive && aws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  reads: ['iam'],
  // One credential report instead of ListAccessKeys per user: it holds both key slots' status.
  evaluate: (inv, ctx) =>
    eachReportUser(inv.iam, accountRef(ctx), (row) => {
      const active = reportKeys(row).filter((k) => k.active);
      return active.length > 1
        ? fail(row, `IAM user ${row.user} has ${active.length} active access keys (access keys 1 and 2).`)
        : pass(row, `IAM user ${row.user} has ${active.length === 0 ? 'no' : 'one'} active access key.`);
    }),
});
