import { accountRef, defineCheck, eachResource, fail, missingData, notApplicable, pass, unknown } from '../define-check.js';
import { decryptOnAllKeys } from './decrypt-on-all-keys.js';

/**
 * FSBP KMS.1 (AWS Config iam-customer-policy-blocked-kms-actions): the default version of every
 * customer managed policy, attached or not; AWS managed and inline policies are out of scope
 * (KMS.2 judges inline ones). excludePermissionBoundaryPolicy is true: a policy used only as a
 * permissions boundary grants nothing by itself and is not judged. Conditions are not evaluated.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1
 */
export const kmsCustomerPolicyNoDecryptOnAllKeys = defineCheck({
  id: 'kms-customer-policy-no-decrypt-on-all-keys',
  title: 'Customer managed IAM policies do not allow decryption on all KMS keys',
  service: 'kms',
  severity: 'medium',
  resourceType: 'AwsIamPolicy',
  frameworks: { fsbp: ['KMS.1'] },
  rationale:
    'kms:Decrypt or kms:ReEncryptFrom on every key lets whoever holds the policy read any data encrypted under any key the key policies let the account use, instead of only the keys their task needs.',
  remediation: {
    summary: 'Limit kms:Decrypt and kms:ReEncryptFrom to the ARNs of the keys the identities need, as a new default policy version.',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped-kms.json --set-as-default',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) =>
    eachResource(inv.iam.policies, accountRef(ctx), (policy) => {
      if (policy.awsManaged) return undefined;
      if (policy.attachmentCount === 0 && policy.permissionsBoundaryUsageCount > 0)
        return notApplicable(
          policy,
          `Customer managed policy ${policy.policyName} is used only as a permissions boundary, which KMS.1 does not evaluate.`,
        );
      const verdict = decryptOnAllKeys(policy.document, ctx.partition);
      if (!verdict.ok)
        return unknown(
          policy,
          missingData('iam:GetAccountAuthorizationDetails', policy.arn, `default version ${policy.defaultVersionId}: ${verdict.reason}`),
        );
      return verdict.grants.length > 0
        ? fail(policy, `Customer managed policy ${policy.policyName} allows decryption on all KMS keys: ${verdict.grants.join('; ')}.`)
        : pass(policy, `Customer managed policy ${policy.policyName} does not allow kms:Decrypt or kms:ReEncryptFrom on all KMS keys.`);
    }),
});
