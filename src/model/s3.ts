import { z } from 'zod';
import { IsoDate, observedSchema, optionalObservedSchema } from './observed.js';

/**
 * The four Block Public Access settings, at bucket level (s3:GetBucketPublicAccessBlock) or
 * account level (s3:GetAccountPublicAccessBlock). AWS omits a setting that was never set; the
 * collector records an omitted setting as false, which is what S3 enforces.
 */
export const S3PublicAccessBlock = z.object({
  /** PublicAccessBlockConfiguration.BlockPublicAcls */
  blockPublicAcls: z.boolean(),
  /** PublicAccessBlockConfiguration.IgnorePublicAcls */
  ignorePublicAcls: z.boolean(),
  /** PublicAccessBlockConfiguration.BlockPublicPolicy */
  blockPublicPolicy: z.boolean(),
  /** PublicAccessBlockConfiguration.RestrictPublicBuckets */
  restrictPublicBuckets: z.boolean(),
});
export type S3PublicAccessBlock = z.infer<typeof S3PublicAccessBlock>;

/** One grant of a bucket ACL (GetBucketAcl Grants[]). */
export const S3Grant = z.object({
  /** Grantee.Type: CanonicalUser, AmazonCustomerByEmail or Group */
  granteeType: z.string(),
  /** Grantee.URI, for Group grantees (e.g. http://acs.amazonaws.com/groups/global/AllUsers) */
  granteeUri: z.string().nullable(),
  /** Grantee.ID, for CanonicalUser grantees */
  granteeId: z.string().nullable(),
  /** Permission: FULL_CONTROL, READ, WRITE, READ_ACP or WRITE_ACP */
  permission: z.string(),
});
export type S3Grant = z.infer<typeof S3Grant>;

export const S3Acl = z.object({
  /** GetBucketAcl Owner.ID */
  ownerId: z.string().nullable(),
  /** GetBucketAcl Grants */
  grants: z.array(S3Grant),
});
export type S3Acl = z.infer<typeof S3Acl>;

/**
 * A bucket policy document as parsed JSON (GetBucketPolicy Policy). Kept as an untyped object:
 * policies in the wild use every shape IAM accepts (string or array Action, Principal "*" or
 * {"AWS": [...]}, ...); `src/checks/s3/public-access.ts` interprets it.
 */
export const S3BucketPolicy = z.record(z.string(), z.unknown());
export type S3BucketPolicy = z.infer<typeof S3BucketPolicy>;

export const S3PolicyStatus = z.object({
  /**
   * GetBucketPolicyStatus PolicyStatus.IsPublic: AWS's own verdict on the policy; null when the
   * answer carries none (moto always answers an empty PolicyStatus). Never the basis of a PASS:
   * when true and no statement explains it, the public-access checks say UNKNOWN.
   */
  isPublic: z.boolean().nullable(),
});
export type S3PolicyStatus = z.infer<typeof S3PolicyStatus>;

export const S3EncryptionRule = z.object({
  /** Rules[].ApplyServerSideEncryptionByDefault.SSEAlgorithm: AES256, aws:kms or aws:kms:dsse */
  sseAlgorithm: z.string(),
  /** Rules[].ApplyServerSideEncryptionByDefault.KMSMasterKeyID (key id, key ARN or alias) */
  kmsMasterKeyId: z.string().nullable(),
  /** Rules[].BucketKeyEnabled */
  bucketKeyEnabled: z.boolean().nullable(),
});
export type S3EncryptionRule = z.infer<typeof S3EncryptionRule>;

export const S3Encryption = z.object({
  /** GetBucketEncryption ServerSideEncryptionConfiguration.Rules (rules without a default are dropped) */
  rules: z.array(S3EncryptionRule),
});
export type S3Encryption = z.infer<typeof S3Encryption>;

export const S3Versioning = z.object({
  /** GetBucketVersioning Status: Enabled or Suspended; null when versioning was never enabled */
  status: z.string().nullable(),
  /** GetBucketVersioning MFADelete: Enabled or Disabled; null when never configured */
  mfaDelete: z.string().nullable(),
});
export type S3Versioning = z.infer<typeof S3Versioning>;

export const S3Logging = z.object({
  /** GetBucketLogging LoggingEnabled.TargetBucket */
  targetBucket: z.string(),
  /** GetBucketLogging LoggingEnabled.TargetPrefix */
  targetPrefix: z.string(),
});
export type S3Logging = z.infer<typeof S3Logging>;

export const S3LifecycleRule = z.object({
  /** Rules[].ID */
  id: z.string().nullable(),
  /** Rules[].Status: Enabled or Disabled */
  status: z.string(),
});
export type S3LifecycleRule = z.infer<typeof S3LifecycleRule>;

export const S3Lifecycle = z.object({
  /** GetBucketLifecycleConfiguration Rules */
  rules: z.array(S3LifecycleRule),
});
export type S3Lifecycle = z.infer<typeof S3Lifecycle>;

export const S3OwnershipControls = z.object({
  /** GetBucketOwnershipControls OwnershipControls.Rules[0].ObjectOwnership: BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter */
  objectOwnership: z.string().nullable(),
});
export type S3OwnershipControls = z.infer<typeof S3OwnershipControls>;

/** `region` of a bucket whose location could not be read (GetBucketLocation failed). */
export const UNKNOWN_BUCKET_REGION = 'unknown';

/**
 * A general purpose bucket. Every per-bucket read is made with a client in the bucket's own
 * region. When the region itself could not be read (GetBucketLocation failed), `region` is
 * UNKNOWN_BUCKET_REGION and every per-bucket field carries that GetBucketLocation error.
 */
/** GetObjectLockConfiguration ObjectLockConfiguration.ObjectLockEnabled === 'Enabled' */
export const S3ObjectLock = z.object({ enabled: z.boolean() });

/** GetBucketNotificationConfiguration: where the bucket sends event notifications. */
export const S3Notifications = z.object({
  /** TopicArn / QueueArn / LambdaFunctionArn of every configured notification */
  destinations: z.array(z.string()),
  /** EventBridgeConfiguration present: every event also goes to Amazon EventBridge */
  eventBridge: z.boolean(),
});

export const S3Bucket = z.object({
  /** ListBuckets Buckets[].Name */
  name: z.string(),
  /** arn:<partition>:s3:::<name> */
  arn: z.string(),
  /** ListBuckets Buckets[].BucketRegion, else GetBucketLocation (null/'' = us-east-1, 'EU' = eu-west-1) */
  region: z.string(),
  /** ListBuckets Buckets[].CreationDate */
  creationDate: IsoDate.nullable(),
  /** GetPublicAccessBlock (bucket); null = NoSuchPublicAccessBlockConfiguration */
  publicAccessBlock: optionalObservedSchema(S3PublicAccessBlock),
  /** GetBucketAcl */
  acl: observedSchema(S3Acl),
  /** GetBucketPolicy, parsed; null = NoSuchBucketPolicy */
  policy: optionalObservedSchema(S3BucketPolicy),
  /** GetBucketPolicyStatus; null = NoSuchBucketPolicy */
  policyStatus: optionalObservedSchema(S3PolicyStatus),
  /**
   * GetBucketEncryption; null = ServerSideEncryptionConfigurationNotFoundError. Since January 2023
   * AWS answers SSE-S3 for every bucket, so null only comes from an older API or an emulator and
   * means "no explicit default encryption configured".
   */
  encryption: optionalObservedSchema(S3Encryption),
  /** GetBucketVersioning */
  versioning: observedSchema(S3Versioning),
  /** GetBucketLogging; null = no LoggingEnabled in the answer (logging off) */
  logging: optionalObservedSchema(S3Logging),
  /** GetBucketLifecycleConfiguration; null = NoSuchLifecycleConfiguration */
  lifecycle: optionalObservedSchema(S3Lifecycle),
  /** GetBucketOwnershipControls; null = OwnershipControlsNotFoundError (ACLs enabled, object writer owns) */
  ownershipControls: optionalObservedSchema(S3OwnershipControls),
  /**
   * GetObjectLockConfiguration; null = ObjectLockConfigurationNotFoundError (Object Lock never
   * enabled). Absent in inventories written before Bulwark read it.
   */
  objectLock: optionalObservedSchema(S3ObjectLock).optional(),
  /** GetBucketNotificationConfiguration. Absent in inventories written before Bulwark read it. */
  notifications: observedSchema(S3Notifications).optional(),
});
export type S3Bucket = z.infer<typeof S3Bucket>;

/** What the s3 collector records. */
export const S3Section = z.object({
  /** s3control GetPublicAccessBlock for the account; null = NoSuchPublicAccessBlockConfiguration */
  accountPublicAccessBlock: optionalObservedSchema(S3PublicAccessBlock),
  /** ListBuckets (every bucket of the account, whatever its region) */
  buckets: observedSchema(z.array(S3Bucket)),
});
export type S3Section = z.infer<typeof S3Section>;
