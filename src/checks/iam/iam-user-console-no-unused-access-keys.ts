import { accountRef, defineCheck, fail, pass } from '../define-check.js';
import { eachReportUser, reportKeys } from './credentials.js';

export const iamUserConsoleNoUnusedAccessKeys = defineCheck({
  id: 'iam-user-console-no-unused-access-keys',
  title: 'Console users have no access keys that were never used',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { 'cis-3.0': ['1.11'], checklist: ['1.11'] },
  rationale:
    'Access keys created by default when a console user is set up are usually never needed, yet they are long-lived secrets that can leak.',
  remediation: {
    summary:
      'Delete access keys that have never been used from users who sign in to the console; create keys only when a user needs programmatic access.',
    cli: 'aws iam delete-access-key --user-name <user> --access-key-id <key-id>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachReportUser(inv.iam, accountRef(ctx), (row) => {
      if (row.passwordEnabled !== true) return undefined;
      const unused = reportKeys(row).filter((k) => k.active && !k.lastUsedDate);
      return unused.length > 0
        ? fail(
            row,
            `IAM user ${row.user} has a console password and ${unused.length > 1 ? 'active access keys 1 and 2 that were' : `active access key ${unused[0]?.n} that was`} never used.`,
          )
        : pass(row, `IAM user ${row.user} has a console password and no never-used active access key.`);
    }),
});
