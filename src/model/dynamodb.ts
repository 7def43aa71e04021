import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** DescribeTable Table: what the DynamoDB checks read of a table. */
export const DynamodbTableDescription = z.object({
  /** DescribeTable Table.DeletionProtectionEnabled (absent in the answer: false, AWS's default) */
  deletionProtectionEnabled: z.boolean(),
  /**
   * DescribeTable Table.SSEDescription.SSEType: KMS when the table is encrypted with a KMS key
   * (AWS managed or customer managed); null when SSEDescription is absent, which means the
   * default AWS owned key.
   */
  sseType: z.string().nullable(),
  /** DescribeTable Table.SSEDescription.KMSMasterKeyArn (null: no KMS key, the AWS owned key) */
  kmsKeyArn: z.string().nullable(),
  /**
   * DescribeTable Table.BillingModeSummary.BillingMode: PROVISIONED or PAY_PER_REQUEST (on-demand);
   * PROVISIONED when the summary is absent (tables created before on-demand existed); null in
   * inventories recorded before this field existed.
   */
  billingMode: z.string().nullable().default(null),
  /** DescribeTable Table.GlobalSecondaryIndexes[].IndexName (their capacity scales separately) */
  globalSecondaryIndexNames: z.array(z.string()).default([]),
});
export type DynamodbTableDescription = z.infer<typeof DynamodbTableDescription>;

export const DynamodbTable = z.object({
  /** ListTables TableNames[] */
  name: z.string(),
  /** arn:<partition>:dynamodb:<region>:<account>:table/<name> (DescribeTable TableArn when read) */
  arn: z.string(),
  region: z.string(),
  /** DescribeTable */
  description: observedSchema(DynamodbTableDescription),
  /**
   * DescribeContinuousBackups ContinuousBackupsDescription.PointInTimeRecoveryDescription
   * .PointInTimeRecoveryStatus: ENABLED or DISABLED (absent in the answer: DISABLED).
   */
  pointInTimeRecovery: observedSchema(z.string()),
  /** ListTagsOfResource Tags[].Key, every page (keys only: no check reads the values) */
  tagKeys: observedSchema(z.array(z.string())),
  /**
   * The same ListTagsOfResource answer as key to value (backup plans select tables by tag value);
   * absent in inventories collected before it was kept
   */
  tags: observedSchema(z.record(z.string(), z.string())).optional(),
});
export type DynamodbTable = z.infer<typeof DynamodbTable>;

/** What the dynamodb collector records. */
export const DynamodbSection = z.object({
  /** ListTables per scanned region, each table described */
  tables: regionalSchema(observedSchema(z.array(DynamodbTable))),
});
export type DynamodbSection = z.infer<typeof DynamodbSection>;
