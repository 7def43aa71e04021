import { accountRef, ageMs, defineCheck, fail, formatAge, missingData, olderThanDays, pass, unknown } from '../define-check.js';
import { eachReportUser, latest, reportKeys } from './credentials.js';

export const iamUserRecentlyUsed = defineCheck({
  id: 'iam-user-recently-used',
  title: 'IAM users have signed in or used an access key recently',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  frameworks: { checklist: ['1.20'] },
  rationale:
    'A user with no console or access key activity for months usually belongs to someone who left or a retired workload; it keeps permissions nobody is watching.',
  remediation: {
    summary:
      'Confirm the user is no longer needed, then remove its credentials, group memberships and policies, and delete it (the threshold is the maxUserInactiveDays setting). Activity through SSH keys or service-specific credentials is not in the credential report; check those first.',
    cli: 'aws iam delete-user --user-name <user>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const limit = ctx.settings.maxUserInactiveDays;
    return eachReportUser(inv.iam, accountRef(ctx), (row) => {
      const last = latest([row.passwordLastUsed, ...reportKeys(row).map((k) => k.lastUsedDate)]);
      const age = ageMs(last ?? row.userCreationTime, ctx.now);
      if (age === undefined)
        return unknown(
          row,
          missingData('iam:GetCredentialReport', row.arn, 'the credential report gives neither a last use nor a creation date'),
        );
      const days = formatAge(age);
      if (!olderThanDays(age, limit))
        return pass(
          row,
          last
            ? `IAM user ${row.user} was last active ${days} ago.`
            : `IAM user ${row.user} was created ${days} ago and has not been used yet.`,
        );
      return fail(
        row,
        last
          ? `IAM user ${row.user} has not been active for ${days} (limit ${limit} days).`
          : `IAM user ${row.user} was created ${days} ago and has never signed in or used an access key.`,
      );
    });
  },
});
