import { z } from 'zod';
import { IsoDate, observedSchema, regionalSchema } from './observed.js';

export const KmsKeyMetadata = z.object({
  /**
   * DescribeKey KeyManager: CUSTOMER or AWS. The collector also sets AWS for a key behind an
   * `alias/aws/` alias (that prefix is reserved for AWS managed keys; moto reports them as CUSTOMER).
   */
  keyManager: z.string(),
  /** DescribeKey KeyState: Enabled, Disabled, PendingDeletion, PendingImport, PendingReplicaDeletion, Unavailable, Creating, Updating */
  keyState: z.string(),
  /** DescribeKey KeySpec: SYMMETRIC_DEFAULT, RSA_2048, HMAC_256, ... */
  keySpec: z.string(),
  /** DescribeKey Origin: AWS_KMS, EXTERNAL (imported material), AWS_CLOUDHSM, EXTERNAL_KEY_STORE */
  origin: z.string(),
  /** DescribeKey DeletionDate (set while PendingDeletion) */
  deletionDate: IsoDate.nullable(),
  /** DescribeKey MultiRegionConfiguration.MultiRegionKeyType: PRIMARY, REPLICA (null: single-region) */
  multiRegionKeyType: z.string().nullable(),
});
export type KmsKeyMetadata = z.infer<typeof KmsKeyMetadata>;

export const KmsKeyRotation = z.object({
  /** GetKeyRotationStatus KeyRotationEnabled */
  enabled: z.boolean(),
  /** GetKeyRotationStatus RotationPeriodInDays (null when rotation is off or not reported) */
  rotationPeriodInDays: z.number().nullable(),
});
export type KmsKeyRotation = z.infer<typeof KmsKeyRotation>;

/** A key policy document as parsed JSON (text only if it was not JSON). */
export const KmsKeyPolicy = z.json();
export type KmsKeyPolicy = z.infer<typeof KmsKeyPolicy>;

export const KmsKey = z.object({
  /** ListKeys KeyId */
  keyId: z.string(),
  /** ListKeys KeyArn */
  arn: z.string(),
  region: z.string(),
  /** ListAliases AliasName of the aliases targeting this key */
  aliases: z.array(z.string()),
  /** DescribeKey KeyMetadata */
  metadata: observedSchema(KmsKeyMetadata),
  /**
   * GetKeyRotationStatus; null when not read: only Enabled customer managed symmetric keys with
   * AWS_KMS key material can rotate automatically.
   */
  rotation: observedSchema(KmsKeyRotation).nullable(),
  /** GetKeyPolicy (PolicyName "default", the only name AWS supports) as parsed JSON; null for AWS managed keys (not read) */
  policy: observedSchema(KmsKeyPolicy).nullable(),
});
export type KmsKey = z.infer<typeof KmsKey>;

export const KmsSection = z.object({
  /** ListKeys per region */
  keys: regionalSchema(observedSchema(z.array(KmsKey))),
});
export type KmsSection = z.infer<typeof KmsSection>;
