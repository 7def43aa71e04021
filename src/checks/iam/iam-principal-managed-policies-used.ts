import { accountRef, defineCheck, eachResource, fail, pass, type CheckResult, type ResourceRef } from '../define-check.js';
import type { IamInlinePolicy } from '../../model/iam.js';
import { isAwsManagedRolePath } from '../../model/iam.js';

function evaluate(ref: ResourceRef, label: string, inline: readonly IamInlinePolicy[]): CheckResult {
  return inline.length > 0
    ? fail(ref, `${label} has hand-written inline policies: ${inline.map((p) => p.policyName).join(', ')}.`)
    : pass(ref, `${label} gets its permissions from managed policies only.`);
}

export const iamPrincipalManagedPoliciesUsed = defineCheck({
  id: 'iam-principal-managed-policies-used',
  title: 'Groups and roles get permissions from managed policies, not inline policies',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsIamRole',
  frameworks: { checklist: ['1.25'] },
  rationale:
    'Inline policies are hand-written per identity, unversioned and invisible in policy listings; managed policies (AWS managed ones first) can be reviewed, reused and rolled back.',
  remediation: {
    summary:
      'Replace each inline policy with an AWS managed policy where one fits, or a customer managed policy, attach it, and delete the inline policy.',
    cli: 'aws iam attach-role-policy --role-name <role> --policy-arn <policy-arn> && aws iam delete-role-policy --role-name <role> --policy-name <inline-policy>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const scope = accountRef(ctx);
    return [
      ...eachResource(inv.iam.groups, scope, (g) =>
        evaluate({ ...g, resourceType: 'AwsIamGroup' }, `IAM group ${g.groupName}`, g.groupPolicyList),
      ),
      // Service-linked and Identity Center roles carry inline policies AWS writes.
      ...eachResource(inv.iam.roles, scope, (r) =>
        isAwsManagedRolePath(r.path)
          ? undefined
          : evaluate({ ...r, resourceType: 'AwsIamRole' }, `IAM role ${r.roleName}`, r.rolePolicyList),
      ),
    ];
  },
});
