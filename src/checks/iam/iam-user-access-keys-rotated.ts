import {
  accountRef,
  ageMs,
  defineCheck,
  eachResource,
  fail,
  formatAge,
  missingData,
  olderThanDays,
  pass,
  unknown,
} from '../define-check.js';

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
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.users, accountRef(ctx), (user) => {
      if (!user.accessKeys.ok) return unknown(user, user.accessKeys.error);
      const limit = ctx.settings.maxAccessKeyAgeDays;
      const active = user.accessKeys.value.filter((k) => k.status === 'Active');
      if (active.length === 0) return pass(user, `IAM user ${user.userName} has no active access keys.`);
      // An absent or unparseable date can't show the key is recent: UNKNOWN, never PASS.
      const undated = active.find((k) => ageMs(k.createDate, ctx.now) === undefined);
      if (undated)
        return unknown(user, missingData('iam:ListAccessKeys', user.arn, `no readable CreateDate for access key ${undated.accessKeyId}`));
      // Exact instants: a key 90 days and 20 hours old is past a 90-day limit.
      const old = active
        .map((k) => ({ id: k.accessKeyId, age: ageMs(k.createDate, ctx.now) ?? 0 }))
        .filter((k) => olderThanDays(k.age, limit));
      return old.length > 0
        ? fail(
            user,
            `IAM user ${user.userName} has active access keys older than ${limit} days: ${old.map((k) => `${k.id} (${formatAge(k.age)})`).join(', ')}.`,
          )
        : pass(user, `IAM user ${user.userName} has active access keys all created within the last ${limit} days.`);
    }),
});
