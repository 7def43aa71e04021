/**
 * Seeds the demo account's S3 buckets in moto and returns the findings the scanner must report
 * for them. Only findings that are certain on moto are listed (MFA Delete, for instance, can never
 * be turned on in moto, and NOT_APPLICABLE rows are not listed).
 */
import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
  type BucketLocationConstraint,
} from '@aws-sdk/client-s3';
import { DeletePublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const config = (moto: { endpoint: string }, region: string) => ({
  endpoint: moto.endpoint,
  region,
  credentials: TEST_CREDENTIALS,
  forcePathStyle: true,
  maxAttempts: 1,
});

const bucketArn = (name: string) => `arn:aws:s3:::${name}`;
const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

async function createBucket(s3: S3Client, region: string, name: string, acl?: 'public-read'): Promise<void> {
  await s3.send(
    new CreateBucketCommand({
      Bucket: name,
      ...(acl ? { ACL: acl } : {}),
      // us-east-1 is the one region that must not be named as a location constraint.
      ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
    }),
  );
}

const finding = (checkId: string, name: string, status: ExpectedFinding['status']): ExpectedFinding => ({
  checkId,
  resourceArn: bucketArn(name),
  status,
});

export async function seedS3(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const r1 = regions[0] ?? 'us-east-1';
  const r2 = regions[1] ?? r1;
  const s3a = new S3Client(config(moto, r1));
  const s3b = new S3Client(config(moto, r2));
  const control = new S3ControlClient({ ...config(moto, 'us-east-1'), endpointProvider: () => ({ url: new URL(moto.endpoint) }) });
  const expected: ExpectedFinding[] = [];
  try {
    // Account level: no Block Public Access (the state of any account created before April 2023).
    await control.send(new DeletePublicAccessBlockCommand({ AccountId: MOTO_ACCOUNT_ID }));
    expected.push({
      checkId: 's3-account-public-access-block-enabled',
      resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`,
      status: 'FAIL',
    });

    // demo-public-assets: a static-asset bucket made public with the canned public-read ACL.
    const assets = 'demo-public-assets';
    await createBucket(s3a, r1, assets, 'public-read');
    expected.push(
      finding('s3-bucket-public-read-prohibited', assets, 'FAIL'),
      finding('s3-bucket-public-write-prohibited', assets, 'PASS'),
      finding('s3-bucket-public-access-block-enabled', assets, 'FAIL'),
      finding('s3-bucket-acls-disabled', assets, 'FAIL'),
      finding('s3-bucket-default-encryption-enabled', assets, 'FAIL'),
      finding('s3-bucket-default-encryption-kms', assets, 'FAIL'),
      finding('s3-bucket-ssl-requests-only', assets, 'FAIL'),
      finding('s3-bucket-versioning-enabled', assets, 'FAIL'),
      finding('s3-bucket-lifecycle-configured', assets, 'FAIL'),
      finding('s3-bucket-access-logging-enabled', assets, 'FAIL'),
      finding('s3-bucket-policy-no-cross-account-blocked-actions', assets, 'PASS'),
      finding('s3-bucket-versioning-mfa-delete-enabled', assets, 'FAIL'),
    );

    // demo-logs-archive: the well-run bucket (versioned, SSE-KMS, TLS only, logged, lifecycle, ACLs off, BPA on).
    const logs = 'demo-logs-archive';
    const logsArn = bucketArn(logs);
    await createBucket(s3a, r1, logs);
    await s3a.send(
      new PutBucketOwnershipControlsCommand({ Bucket: logs, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }),
    );
    await s3a.send(new PutBucketVersioningCommand({ Bucket: logs, VersioningConfiguration: { Status: 'Enabled' } }));
    // No KMSMasterKeyID: the AWS managed key aws/s3 (no KMS key is created, which would be another seeder's resource).
    await s3a.send(
      new PutBucketEncryptionCommand({
        Bucket: logs,
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true }],
        },
      }),
    );
    await s3a.send(
      new PutBucketPolicyCommand({
        Bucket: logs,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            // The logging grant comes first: moto's PutBucketLogging reads Principal.Service of each
            // statement in turn and fails with HTTP 500 on a string Principal ("*") before it.
            {
              Sid: 'S3ServerAccessLogs',
              Effect: 'Allow',
              Principal: { Service: 'logging.s3.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: `${logsArn}/*`,
              Condition: { StringEquals: { 'aws:SourceAccount': MOTO_ACCOUNT_ID } },
            },
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [logsArn, `${logsArn}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        }),
      }),
    );
    await s3a.send(
      new PutBucketLoggingCommand({
        Bucket: logs,
        BucketLoggingStatus: { LoggingEnabled: { TargetBucket: logs, TargetPrefix: 'self-access-logs/' } },
      }),
    );
    await s3a.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: logs,
        LifecycleConfiguration: {
          Rules: [
            { ID: 'archive-then-expire', Status: 'Enabled', Filter: { Prefix: '' }, NoncurrentVersionExpiration: { NoncurrentDays: 365 } },
          ],
        },
      }),
    );
    await s3a.send(new PutPublicAccessBlockCommand({ Bucket: logs, PublicAccessBlockConfiguration: ALL_ON }));
    for (const id of [
      's3-bucket-public-read-prohibited',
      's3-bucket-public-write-prohibited',
      's3-bucket-public-access-block-enabled',
      's3-bucket-acls-disabled',
      's3-bucket-default-encryption-enabled',
      's3-bucket-default-encryption-kms',
      's3-bucket-ssl-requests-only',
      's3-bucket-versioning-enabled',
      's3-bucket-lifecycle-configured',
      's3-bucket-versioned-lifecycle-configured',
      's3-bucket-access-logging-enabled',
    ])
      expected.push(finding(id, logs, 'PASS'));
    expected.push(
      finding('s3-bucket-policy-no-cross-account-blocked-actions', logs, 'PASS'),
      // CIS 2.1.2 asks for MFA Delete on every bucket; S3.20 leaves out buckets with lifecycle rules.
      finding('s3-bucket-versioning-mfa-delete-enabled', logs, 'FAIL'),
    );

    // demo-backups (second region): versioned, SSE-S3, but a policy lets anyone read objects.
    const backups = 'demo-backups';
    const backupsArn = bucketArn(backups);
    await createBucket(s3b, r2, backups);
    await s3b.send(new PutBucketVersioningCommand({ Bucket: backups, VersioningConfiguration: { Status: 'Enabled' } }));
    await s3b.send(
      new PutBucketEncryptionCommand({
        Bucket: backups,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      }),
    );
    await s3b.send(
      new PutBucketPolicyCommand({
        Bucket: backups,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Sid: 'RestoreFromAnywhere', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${backupsArn}/*` }],
        }),
      }),
    );
    expected.push(
      finding('s3-bucket-public-read-prohibited', backups, 'FAIL'),
      finding('s3-bucket-public-write-prohibited', backups, 'PASS'),
      finding('s3-bucket-public-access-block-enabled', backups, 'FAIL'),
      finding('s3-bucket-acls-disabled', backups, 'FAIL'),
      finding('s3-bucket-default-encryption-enabled', backups, 'PASS'),
      finding('s3-bucket-default-encryption-kms', backups, 'FAIL'),
      finding('s3-bucket-ssl-requests-only', backups, 'FAIL'),
      finding('s3-bucket-versioning-enabled', backups, 'PASS'),
      finding('s3-bucket-lifecycle-configured', backups, 'FAIL'),
      finding('s3-bucket-versioned-lifecycle-configured', backups, 'FAIL'),
      finding('s3-bucket-access-logging-enabled', backups, 'FAIL'),
      // Versioned, no lifecycle rules, and moto never stores MFADelete.
      finding('s3-bucket-mfa-delete-enabled', backups, 'FAIL'),
      finding('s3-bucket-versioning-mfa-delete-enabled', backups, 'FAIL'),
      // Public reads, but no administrative action for other accounts.
      finding('s3-bucket-policy-no-cross-account-blocked-actions', backups, 'PASS'),
    );

    // demo-uploads: private and ACL-free, but no default encryption, no logging, versioning suspended.
    const uploads = 'demo-uploads';
    await createBucket(s3a, r1, uploads);
    await s3a.send(
      new PutBucketOwnershipControlsCommand({
        Bucket: uploads,
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      }),
    );
    await s3a.send(new PutBucketVersioningCommand({ Bucket: uploads, VersioningConfiguration: { Status: 'Enabled' } }));
    await s3a.send(new PutBucketVersioningCommand({ Bucket: uploads, VersioningConfiguration: { Status: 'Suspended' } }));
    await s3a.send(new PutPublicAccessBlockCommand({ Bucket: uploads, PublicAccessBlockConfiguration: ALL_ON }));
    // A partner account may upload and set object ACLs (S3.6 blocks s3:PutObjectAcl for other accounts).
    await s3a.send(
      new PutBucketPolicyCommand({
        Bucket: uploads,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'PartnerUploads',
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::444455556666:root' },
              Action: ['s3:PutObject', 's3:PutObjectAcl'],
              Resource: `${bucketArn(uploads)}/*`,
            },
          ],
        }),
      }),
    );
    expected.push(
      finding('s3-bucket-public-read-prohibited', uploads, 'PASS'),
      finding('s3-bucket-public-write-prohibited', uploads, 'PASS'),
      finding('s3-bucket-public-access-block-enabled', uploads, 'PASS'),
      finding('s3-bucket-acls-disabled', uploads, 'PASS'),
      // moto answers ServerSideEncryptionConfigurationNotFoundError (pre-2023 AWS behaviour).
      finding('s3-bucket-default-encryption-enabled', uploads, 'FAIL'),
      finding('s3-bucket-default-encryption-kms', uploads, 'FAIL'),
      finding('s3-bucket-ssl-requests-only', uploads, 'FAIL'),
      finding('s3-bucket-versioning-enabled', uploads, 'FAIL'),
      finding('s3-bucket-lifecycle-configured', uploads, 'FAIL'),
      finding('s3-bucket-access-logging-enabled', uploads, 'FAIL'),
      finding('s3-bucket-mfa-delete-enabled', uploads, 'FAIL'),
      finding('s3-bucket-versioning-mfa-delete-enabled', uploads, 'FAIL'),
      finding('s3-bucket-policy-no-cross-account-blocked-actions', uploads, 'FAIL'),
    );
    return expected;
  } finally {
    s3a.destroy();
    s3b.destroy();
    control.destroy();
  }
}
