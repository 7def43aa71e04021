import { accountRef, defineCheck, eachResource, fail, missingData, pass, unknown } from '../define-check.js';
import { parsePolicy, statementLabel } from '../lib/policy/index.js';
import { insecureTransportDeny } from './bucket-policy.js';

export const s3BucketSslRequestsOnly = defineCheck({
  id: 's3-bucket-ssl-requests-only',
  title: 'S3 bucket policies deny requests that do not use TLS',
  service: 's3',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.5'], 'cis-3.0': ['2.1.1'], checklist: ['3.5'] },
  rationale:
    'S3 accepts plain HTTP unless the bucket policy denies it, and data and request signatures sent over HTTP can be read or tampered with in transit. ' +
    'The policy must deny s3:* (or *) to Principal "*" on the objects of the bucket (and, as AWS recommends, the bucket itself) when aws:SecureTransport is false.',
  remediation: {
    summary:
      'Add a Deny statement for Principal "*", Action "s3:*", Resource the bucket ARN and <bucket ARN>/*, with Condition {"Bool": {"aws:SecureTransport": "false"}}.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-with-tls-deny.json',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
  },
  reads: ['s3'],
  evaluate: (inv, ctx) =>
    eachResource(inv.s3.buckets, accountRef(ctx), (bucket) => {
      const policy = bucket.policy;
      if (!policy.ok) return unknown(bucket, policy.error);
      if (!policy.value) return fail(bucket, `S3 bucket ${bucket.name} has no bucket policy, so requests over plain HTTP are not denied.`);
      const parsed = parsePolicy(policy.value);
      if (!parsed.ok) return unknown(bucket, missingData('s3:GetBucketPolicy', bucket.arn, parsed.reason, { region: bucket.region }));
      const deny = insecureTransportDeny(parsed.policy, bucket.arn);
      if (deny)
        return pass(
          bucket,
          `S3 bucket ${bucket.name} has a bucket policy ${statementLabel(deny.statement)} denies s3:* when aws:SecureTransport is false${deny.coversBucket ? '' : ' on every object (bucket-level requests such as ListBucket are not covered)'}.`,
        );
      return fail(
        bucket,
        `S3 bucket ${bucket.name} has a bucket policy without a statement denying all S3 actions on the bucket and its objects when aws:SecureTransport is false.`,
      );
    }),
});
