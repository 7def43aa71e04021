import { accountRef, defineCheck, eachResource, fail, pass, unknown } from '../define-check.js';

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
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.users, accountRef(ctx), (user) => {
      if (!user.accessKeys.ok) return unknown(user, user.accessKeys.error);
      const active = user.accessKeys.value.filter((k) => k.status === 'Active');
      return active.length > 1
        ? fail(user, `IAM user ${user.userName} has ${active.length} active access keys (${active.map((k) => k.accessKeyId).join(', ')}).`)
        : pass(user, `IAM user ${user.userName} has ${active.length === 0 ? 'no' : 'one'} active access key.`);
    }),
});
