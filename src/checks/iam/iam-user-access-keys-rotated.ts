import { accountRef, ageMs, defineCheck, fail, formatAge, missingData, olderThanDays, pass, unknown } from '../define-check.js';
import { eachReportUser, reportKeys } from './credentials.js';

export const iamUserAccessKeysRotated = defineCheck({
  id: 'iam-user-access-keys-rotated',
  title: 'Active IAM access keys are rotated within 90 days',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { fsbp: ['IAM.3'], 'cis-3.0': ['1.14'], checklist: ['1.8'] },
  rationale:
    'The older a long-lived key, the more places it may have been copied to; regular rotation bounds how long a leaked key stays useful.',
  remediation: {
    summary:
      'Create a new access key, switch the application to it, then deactivate and delete the old key; better, replace the key with an IAM role.',
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  reads: ['iam'],
  // The credential report's access_key_N_last_rotated is when the key was created or last changed
  // (the CreateDate ListAccessKeys gives), for every user in one read instead of one call per user.
  evaluate: (inv, ctx) =>
    eachReportUser(inv.iam, accountRef(ctx), (row) => {
      const limit = ctx.settings.maxAccessKeyAgeDays;
      const active = reportKeys(row).filter((k) => k.active);
      if (active.length === 0) return pass(row, `IAM user ${row.user} has no active access keys.`);
      // An active key without a readable date can't show the key is recent: UNKNOWN, never PASS.
      const undated = active.find((k) => ageMs(k.lastRotated, ctx.now) === undefined);
      if (undated)
        return unknown(
          row,
          missingData('iam:GetCredentialReport', row.arn, `no access_key_${undated.n}_last_rotated date for an active access key`),
        );
      // Exact instants: a key 90 days and 20 hours old is past a 90-day limit.
      const old = active.map((k) => ({ n: k.n, age: ageMs(k.lastRotated, ctx.now) ?? 0 })).filter((k) => olderThanDays(k.age, limit));
      return old.length > 0
        ? fail(
            row,
            `IAM user ${row.user} has active access keys older than ${limit} days: ${old.map((k) => `access key ${k.n} (${formatAge(k.age)})`).join(', ')}.`,
          )
        : pass(row, `IAM user ${row.user} has active access keys all created within the last ${limit} days.`);
    }),
});
