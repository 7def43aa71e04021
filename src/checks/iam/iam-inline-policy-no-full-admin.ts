import {
  accountRef,
  defineCheck,
  eachResource,
  fail,
  missingData,
  pass,
  unknown,
  type CheckResult,
  type ResourceRef,
} from '../define-check.js';
import type { IamInlinePolicy } from '../../model/iam.js';
import { grantsOnEveryResource, parsePolicy } from '../lib/policy/index.js';

function evaluatePrincipal(ref: ResourceRef, label: string, policies: readonly IamInlinePolicy[]): CheckResult {
  const admin: string[] = [];
  for (const p of policies) {
    const parsed = parsePolicy(p.policyDocument);
    if (!parsed.ok)
      return unknown(ref, missingData('iam:GetAccountAuthorizationDetails', ref.arn, `inline policy ${p.policyName}: ${parsed.reason}`));
    if (grantsOnEveryResource(parsed.policy, '*:*').length > 0) admin.push(p.policyName);
  }
  return admin.length > 0
    ? fail(ref, `${label} has inline policies allowing every action on every resource: ${admin.join(', ')}.`)
    : pass(ref, `${label} has no inline policy allowing every action on every resource.`);
}

export const iamInlinePolicyNoFullAdmin = defineCheck({
  id: 'iam-inline-policy-no-full-admin',
  title: 'Inline policies do not grant full "*:*" administrative privileges',
  service: 'iam',
  severity: 'high',
  resourceType: 'AwsIamRole',
  frameworks: { 'cis-3.0': ['1.16'], checklist: ['1.13'] },
  rationale:
    'FSBP IAM.1 looks only at customer managed policies, but an inline "*" on "*" on a user, group or role grants the same unrestricted access and is even easier to overlook.',
  remediation: {
    summary: 'Replace the inline policy with a least-privilege managed policy, then delete the inline policy.',
    cli: 'aws iam delete-role-policy --role-name <role> --policy-name <policy>  # or delete-user-policy / delete-group-policy',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-delete.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const scope = accountRef(ctx);
    return [
      ...eachResource(inv.iam.users, scope, (u) =>
        evaluatePrincipal({ ...u, resourceType: 'AwsIamUser' }, `IAM user ${u.userName}`, u.userPolicyList),
      ),
      ...eachResource(inv.iam.groups, scope, (g) =>
        evaluatePrincipal({ ...g, resourceType: 'AwsIamGroup' }, `IAM group ${g.groupName}`, g.groupPolicyList),
      ),
      ...eachResource(inv.iam.roles, scope, (r) =>
        evaluatePrincipal({ ...r, resourceType: 'AwsIamRole' }, `IAM role ${r.roleName}`, r.rolePolicyList),
      ),
    ];
  },
});
