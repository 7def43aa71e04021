/**
 * Demo CloudTrail: a single-region trail someone set up by hand years ago, logging to its own
 * bucket, but without log file validation, KMS encryption or CloudWatch Logs, and no
 * multi-region trail at all. The bucket has the standard CloudTrail bucket policy (not public)
 * and no access logging.
 */
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, PutBucketPolicyCommand, S3Client, type BucketLocationConstraint } from '@aws-sdk/client-s3';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const config = (moto: { endpoint: string }, region: string) => ({
  endpoint: moto.endpoint,
  region,
  credentials: TEST_CREDENTIALS,
  forcePathStyle: true,
  maxAttempts: 1,
});

export async function seedCloudTrail(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0] ?? 'us-east-1';
  const bucket = `demo-trail-logs-${Math.random().toString(36).slice(2, 10)}`;
  const s3 = new S3Client(config(moto, region));
  const ct = new CloudTrailClient(config(moto, region));
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
      }),
    );
    // The policy the CloudTrail console writes: only the CloudTrail service may read the ACL and write.
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AWSCloudTrailAclCheck',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:GetBucketAcl',
          Resource: `arn:aws:s3:::${bucket}`,
        },
        {
          Sid: 'AWSCloudTrailWrite',
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: `arn:aws:s3:::${bucket}/AWSLogs/${MOTO_ACCOUNT_ID}/*`,
          Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
        },
      ],
    };
    await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));
    await ct.send(
      new CreateTrailCommand({ Name: 'demo-trail', S3BucketName: bucket, IsMultiRegionTrail: false, EnableLogFileValidation: false }),
    );
    await ct.send(new StartLoggingCommand({ Name: 'demo-trail' }));
  } finally {
    s3.destroy();
    ct.destroy();
  }
  const trail = `arn:aws:cloudtrail:${region}:${MOTO_ACCOUNT_ID}:trail/demo-trail`;
  return [
    { checkId: 'cloudtrail-multi-region-trail-enabled', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'FAIL' },
    { checkId: 'cloudtrail-trail-log-file-validation-enabled', resourceArn: trail, status: 'FAIL' },
    { checkId: 'cloudtrail-trail-kms-encryption-enabled', resourceArn: trail, status: 'FAIL' },
    { checkId: 'cloudtrail-trail-cloudwatch-logs-integrated', resourceArn: trail, status: 'FAIL' },
    { checkId: 'cloudtrail-trail-cloudwatch-logs-delivering', resourceArn: trail, status: 'FAIL' },
    { checkId: 'cloudtrail-trail-bucket-access-logging-enabled', resourceArn: trail, status: 'FAIL' },
    { checkId: 'cloudtrail-trail-bucket-not-public', resourceArn: trail, status: 'PASS' },
    { checkId: 'cloudtrail-trail-tagged', resourceArn: trail, status: 'FAIL' },
    // CloudTrail.3 per region: the single-region trail covers only its home region.
    { checkId: 'cloudtrail-trail-enabled', resourceArn: `arn:aws:cloudtrail:${region}:${MOTO_ACCOUNT_ID}:account`, status: 'PASS' },
    ...regions
      .filter((r) => r !== region)
      .map((r) => ({
        checkId: 'cloudtrail-trail-enabled',
        resourceArn: `arn:aws:cloudtrail:${r}:${MOTO_ACCOUNT_ID}:account`,
        status: 'FAIL' as const,
      })),
    // S3.22 / S3.23: no multi-region trail, so no S3 data events of every bucket.
    { checkId: 'cloudtrail-s3-data-events-write-logged', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'FAIL' },
    { checkId: 'cloudtrail-s3-data-events-read-logged', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'FAIL' },
  ];
}
