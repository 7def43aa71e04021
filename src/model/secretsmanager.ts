import { z } from 'zod';
import { IsoDate, observedSchema, regionalSchema } from './observed.js';

/** A secret's resource policy as parsed JSON (the raw text only when it was not JSON). */
export const SecretsManagerResourcePolicy = z.json();
export type SecretsManagerResourcePolicy = z.infer<typeof SecretsManagerResourcePolicy>;

/** One Secrets Manager secret: its metadata only (ListSecrets never returns a secret value, and neither does the model). */
export const SecretsManagerSecret = z.object({
  /** ListSecrets ARN */
  arn: z.string(),
  region: z.string(),
  /** ListSecrets Name */
  name: z.string(),
  /** ListSecrets RotationEnabled (absent: false) */
  rotationEnabled: z.boolean(),
  /** ListSecrets RotationLambdaARN (null: no rotation function, e.g. managed rotation or none) */
  rotationLambdaArn: z.string().nullable(),
  /** ListSecrets RotationRules.AutomaticallyAfterDays (null: not set, e.g. a ScheduleExpression instead) */
  rotationIntervalDays: z.number().nullable(),
  /** ListSecrets RotationRules.ScheduleExpression (null: not set) */
  rotationSchedule: z.string().nullable(),
  /** ListSecrets LastRotatedDate (null: never rotated) */
  lastRotatedDate: IsoDate.nullable(),
  /** ListSecrets LastAccessedDate, truncated to the day by AWS (null: never accessed) */
  lastAccessedDate: IsoDate.nullable(),
  /** ListSecrets NextRotationDate (null: no rotation scheduled) */
  nextRotationDate: IsoDate.nullable(),
  /** ListSecrets CreatedDate (null: not reported) */
  createdDate: IsoDate.nullable(),
  /** ListSecrets KmsKeyId (null: the AWS managed key aws/secretsmanager) */
  kmsKeyId: z.string().nullable(),
  /** ListSecrets OwningService (null: created by the account, not managed by another service such as RDS) */
  owningService: z.string().nullable(),
  /** ListSecrets Tags as a map */
  tags: z.record(z.string(), z.string()),
  /**
   * GetResourcePolicy ResourcePolicy as parsed JSON; null when the secret has no resource policy
   * (only its own account's IAM grants apply). Inventories collected before this field existed
   * read it as a failed read, so the policy checks say UNKNOWN on them instead of rejecting the file.
   */
  resourcePolicy: observedSchema(SecretsManagerResourcePolicy.nullable()).default({
    ok: false,
    error: {
      action: 'secretsmanager:GetResourcePolicy',
      kind: 'other',
      target: 'secret',
      region: 'global',
      message: 'not in this inventory: it was collected before Bulwark read secret resource policies',
    },
  }),
});
export type SecretsManagerSecret = z.infer<typeof SecretsManagerSecret>;

/** What the secretsmanager collector records. */
export const SecretsmanagerSection = z.object({
  /** ListSecrets per scanned region */
  secrets: regionalSchema(observedSchema(z.array(SecretsManagerSecret))),
});
export type SecretsmanagerSection = z.infer<typeof SecretsmanagerSection>;
