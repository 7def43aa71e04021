import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';
import { parsePolicy } from '../lib/policy/index.js';
import { CROSS_ACCOUNT_BLOCKED_ACTIONS, crossAccountBlockedGrants } from './bucket-policy.js';

/**
 * FSBP S3.6: a bucket policy must not allow principals of other accounts s3:DeleteBucketPolicy,
 * s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration or s3:PutObjectAcl. As the
 * AWS Config rule behind it, only the Principal element is read, not conditions. A bucket
 * without a policy grants other accounts nothing through one.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6
 */
export const s3BucketPolicyNoCrossAccountBlockedActions = defineCheck({
  id: 's3-bucket-policy-no-cross-account-blocked-actions',
  title: 'S3 bucket policies do not let other accounts change the bucket policy, ACLs or encryption',
  service: 's3',
  severity: 'high',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.6'] },
  rationale:
    'Another account allowed to rewrite the bucket policy or ACLs, delete the policy or change default encryption can take over the bucket or expose its data, whatever the owner intended.',
  remediation: {
    summary: `Remove ${CROSS_ACCOUNT_BLOCKED_ACTIONS.join(', ')} from statements granting principals of other accounts (or "*").`,
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-without-cross-account-admin.json',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const policy = bucket.policy;
      if (!policy.ok) return unknown(bucket, policy.error);
      if (!policy.value) return pass(bucket, `S3 bucket ${bucket.name} has no bucket policy, so it grants other accounts nothing.`);
      const parsed = parsePolicy(policy.value);
      if (!parsed.ok) return unknown(bucket, missingData('s3:GetBucketPolicy', bucket.arn, parsed.reason, { region: bucket.region }));
      const grants = crossAccountBlockedGrants(parsed.policy, ctx.accountId);
      return grants.length > 0
        ? fail(bucket, `S3 bucket ${bucket.name} policy lets other accounts administer the bucket: ${grants.join('; ')}.`)
        : pass(bucket, `S3 bucket ${bucket.name} policy allows no other account to change its policy, ACLs or encryption.`);
    }),
});
