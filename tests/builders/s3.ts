import type { S3Bucket, S3BucketPolicy, S3Grant, S3PublicAccessBlock, S3Section } from '../../src/model/s3.js';
import { ALL_USERS_URI } from '../../src/checks/s3/public-access.js';
import { REGIONS, ok } from './common.js';

export const OWNER_CANONICAL_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

/** Block Public Access with all four settings on unless overridden. */
export function s3Bpa(overrides: Partial<S3PublicAccessBlock> = {}): S3PublicAccessBlock {
  return { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true, ...overrides };
}

/** The owner's FULL_CONTROL grant every ACL has. */
export function ownerGrant(): S3Grant {
  return { granteeType: 'CanonicalUser', granteeUri: null, granteeId: OWNER_CANONICAL_ID, permission: 'FULL_CONTROL' };
}

/** A grant to the AllUsers group (public). */
export function allUsersGrant(permission = 'READ'): S3Grant {
  return { granteeType: 'Group', granteeUri: ALL_USERS_URI, granteeId: null, permission };
}

/** The statement that denies every request made without TLS. */
export function tlsDenyStatement(bucketArn: string): Record<string, unknown> {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [bucketArn, `${bucketArn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

/** A bucket policy: the TLS deny plus any extra statements. */
export function s3Policy(bucketArn: string, ...extra: Record<string, unknown>[]): S3BucketPolicy {
  return { Version: '2012-10-17', Statement: [tlsDenyStatement(bucketArn), ...extra] };
}

/** A fully compliant bucket; overrides state only what a test changes. */
export function s3Bucket(name: string, region: string = REGIONS[0], overrides: Partial<S3Bucket> = {}): S3Bucket {
  const arn = `arn:aws:s3:::${name}`;
  return {
    name,
    arn,
    region,
    creationDate: '2025-01-10T09:00:00.000Z',
    publicAccessBlock: ok(s3Bpa()),
    acl: ok({ ownerId: OWNER_CANONICAL_ID, grants: [ownerGrant()] }),
    policy: ok(s3Policy(arn)),
    policyStatus: ok({ isPublic: false }),
    encryption: ok({
      rules: [
        {
          sseAlgorithm: 'aws:kms',
          kmsMasterKeyId: `arn:aws:kms:${region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          bucketKeyEnabled: true,
        },
      ],
    }),
    versioning: ok({ status: 'Enabled', mfaDelete: 'Enabled' }),
    logging: ok({ targetBucket: `access-logs-${region}`, targetPrefix: `${name}/` }),
    lifecycle: ok({ rules: [{ id: 'expire-noncurrent', status: 'Enabled' }] }),
    ownershipControls: ok({ objectOwnership: 'BucketOwnerEnforced' }),
    objectLock: ok({ enabled: true }),
    notifications: ok({ destinations: [`arn:aws:sns:${region}:111122223333:bucket-events`], eventBridge: false }),
    ...overrides,
  };
}

/** A fully compliant s3 section: account BPA on and one compliant bucket in each region. */
export function compliantS3Section(): S3Section {
  return {
    accountPublicAccessBlock: ok(s3Bpa()),
    buckets: ok(REGIONS.map((r) => s3Bucket(`data-${r}`, r))),
  };
}

/** An s3 section with the given buckets (account BPA on unless overridden). */
export function s3Section(buckets: S3Bucket[], overrides: Partial<S3Section> = {}): S3Section {
  return { accountPublicAccessBlock: ok(s3Bpa()), buckets: ok(buckets), ...overrides };
}
