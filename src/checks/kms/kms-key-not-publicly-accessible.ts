import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { judgePublicPolicy } from '../lib/resource-policy-public.js';

/**
 * FSBP KMS.5 (AWS Config kms-key-policy-no-public-access): a key policy is non-public only when
 * every grant to everyone is pinned to fixed values (kms:CallerAccount, aws:PrincipalOrgID, ...),
 * judged by the one policy engine. AWS managed keys are out of scope: their policies are AWS's,
 * pinned to the account by kms:CallerAccount, and the collector does not read them.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-5
 */
export const kmsKeyNotPubliclyAccessible = defineCheck({
  id: 'kms-key-not-publicly-accessible',
  title: 'KMS key policies do not allow public access',
  service: 'kms',
  severity: 'critical',
  resourceType: 'AwsKmsKey',
  frameworks: { fsbp: ['KMS.5'] },
  rationale:
    'A key policy that grants everyone (Principal "*") the use of a key without pinning the caller lets any AWS account decrypt data encrypted under it, or change and schedule the key for deletion.',
  remediation: {
    summary:
      'Replace Principal "*" in the key policy with the account or role ARNs that need the key, or pin the caller with kms:CallerAccount or aws:PrincipalOrgID.',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
  },
  reads: ['kms'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.kms.keys, 'kms', (key) => {
      if (!key.metadata.ok) return unknown(key, key.metadata.error);
      if (key.metadata.value.keyManager !== 'CUSTOMER') return undefined;
      const name = key.aliases[0] ?? key.keyId;
      if (!key.policy) return unknown(key, missingData('kms:GetKeyPolicy', key.arn, 'not read', { region: key.region }));
      if (!key.policy.ok) return unknown(key, key.policy.error);
      const verdict = judgePublicPolicy(key.policy.value);
      switch (verdict.kind) {
        case 'no-policy':
          return unknown(key, missingData('kms:GetKeyPolicy', key.arn, 'no key policy in the answer', { region: key.region }));
        case 'unreadable':
          return unknown(
            key,
            missingData('kms:GetKeyPolicy', key.arn, `the key policy does not parse: ${verdict.reason}`, { region: key.region }),
          );
        case 'public':
          return fail(key, `KMS key ${name} policy ${verdict.text}.`);
        case 'not-public':
          return pass(key, `KMS key ${name} policy ${verdict.text}.`);
      }
    }),
});
