import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';
import { grantsOnEveryResource, parsePolicy } from '../lib/policy/index.js';

export const iamAwsManagedAdminPolicyNotAttached = defineCheck({
  id: 'iam-aws-managed-admin-policy-not-attached',
  title: 'No AWS managed policy granting full "*:*" administrative privileges is attached',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamPolicy',
  frameworks: { 'cis-3.0': ['1.16'], checklist: ['1.13'] },
  rationale:
    'CIS 1.16 counts every attached policy, not only hand-written ones: AdministratorAccess attached to a user, group or role grants the same unrestricted access as a custom "*:*" policy.',
  remediation: {
    summary:
      'Detach AdministratorAccess (or any AWS managed policy allowing "*" on "*") and grant job-function or least-privilege policies instead; keep break-glass access in a tightly controlled role.',
    cli: 'aws iam list-entities-for-policy --policy-arn <policy-arn> ; aws iam detach-role-policy --role-name <role> --policy-arn <policy-arn>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.policies, accountRef(ctx), (policy) => {
      // The collector keeps AWS managed policies only when attached; check the count anyway.
      if (!policy.awsManaged || policy.attachmentCount === 0) return undefined;
      const parsed = parsePolicy(policy.document);
      if (!parsed.ok)
        return unknown(
          policy,
          missingData('iam:GetAccountAuthorizationDetails', policy.arn, `default version ${policy.defaultVersionId}: ${parsed.reason}`),
        );
      return grantsOnEveryResource(parsed.policy, '*:*').length > 0
        ? fail(
            policy,
            `AWS managed policy ${policy.policyName} allows every action on every resource and is attached to ${policy.attachmentCount} ${policy.attachmentCount === 1 ? 'identity' : 'identities'}.`,
          )
        : pass(policy, `Attached AWS managed policy ${policy.policyName} does not allow every action on every resource.`);
    }),
});
