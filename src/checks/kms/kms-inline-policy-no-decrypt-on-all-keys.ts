import type { IamInlinePolicy } from '../../model/iam.js';
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
import { decryptOnAllKeys } from './decrypt-on-all-keys.js';

function judgeInline(ref: ResourceRef, label: string, policies: readonly IamInlinePolicy[], partition: string): CheckResult {
  const found: string[] = [];
  for (const p of policies) {
    const verdict = decryptOnAllKeys(p.policyDocument, partition);
    if (!verdict.ok)
      return unknown(ref, missingData('iam:GetAccountAuthorizationDetails', ref.arn, `inline policy ${p.policyName}: ${verdict.reason}`));
    if (verdict.grants.length > 0) found.push(`${p.policyName} (${verdict.grants.join('; ')})`);
  }
  return found.length > 0
    ? fail(ref, `${label} has inline policies allowing decryption on all KMS keys: ${found.join(', ')}.`)
    : pass(ref, `${label} has no inline policy allowing kms:Decrypt or kms:ReEncryptFrom on all KMS keys.`);
}

/**
 * FSBP KMS.2 (AWS Config iam-inline-policy-blocked-kms-actions): the inline policies of every
 * user, group and role; conditions are not evaluated.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2
 */
export const kmsInlinePolicyNoDecryptOnAllKeys = defineCheck({
  id: 'kms-inline-policy-no-decrypt-on-all-keys',
  title: 'IAM inline policies do not allow decryption on all KMS keys',
  service: 'kms',
  severity: 'medium',
  resourceType: 'AwsIamRole',
  frameworks: { fsbp: ['KMS.2'] },
  rationale:
    'kms:Decrypt or kms:ReEncryptFrom on every key in an inline policy lets the user, group or role read data under any key the key policies let the account use, and inline grants are easy to overlook.',
  remediation: {
    summary: 'Limit kms:Decrypt and kms:ReEncryptFrom in the inline policy to the ARNs of the keys the identity needs.',
    cli: 'aws iam put-role-policy --role-name <role> --policy-name <policy> --policy-document file://scoped-kms.json  # or put-user-policy / put-group-policy',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const scope = accountRef(ctx);
    return [
      ...eachResource(inv.iam.users, scope, (u) =>
        judgeInline({ ...u, resourceType: 'AwsIamUser' }, `IAM user ${u.userName}`, u.userPolicyList, ctx.partition),
      ),
      ...eachResource(inv.iam.groups, scope, (g) =>
        judgeInline({ ...g, resourceType: 'AwsIamGroup' }, `IAM group ${g.groupName}`, g.groupPolicyList, ctx.partition),
      ),
      ...eachResource(inv.iam.roles, scope, (r) =>
        judgeInline({ ...r, resourceType: 'AwsIamRole' }, `IAM role ${r.roleName}`, r.rolePolicyList, ctx.partition),
      ),
    ];
  },
});
