import { accountRef, defineCheck, eachResource, fail, pass } from '../define-check.js';

export const iamUserNoPoliciesAttached = defineCheck({
  id: 'iam-user-no-policies-attached',
  title: 'IAM users receive permissions only through groups',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamUser',
  frameworks: { fsbp: ['IAM.2'], 'cis-3.0': ['1.15'], checklist: ['1.12', '1.25'] },
  rationale:
    'Permissions granted per user drift apart and are hard to review; granting them through groups (or roles) keeps access consistent with job functions.',
  remediation: {
    summary:
      'Move the user into a group that carries the needed policies, then detach managed policies and delete inline policies from the user.',
    cli: 'aws iam add-user-to-group --group-name <group> --user-name <user> && aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.users, accountRef(ctx), (user) => {
      const attached = user.attachedManagedPolicies.map((p) => p.policyName);
      const inline = user.userPolicyList.map((p) => p.policyName);
      if (attached.length === 0 && inline.length === 0) return pass(user, `IAM user ${user.userName} has no policies of its own.`);
      const parts = [
        ...(attached.length ? [`managed ${attached.join(', ')}`] : []),
        ...(inline.length ? [`inline ${inline.join(', ')}`] : []),
      ];
      return fail(user, `IAM user ${user.userName} has policies attached directly (${parts.join('; ')}).`);
    }),
});
