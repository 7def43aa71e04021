import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** What DescribeStreamSummary says about a stream (only what the checks read). */
export const KinesisStreamSummary = z.object({
  /**
   * DescribeStreamSummary StreamDescriptionSummary.EncryptionType: KMS (server-side encryption
   * with a KMS key) or NONE; null when the answer carried no EncryptionType.
   */
  encryptionType: z.string().nullable(),
  /** DescribeStreamSummary KeyId: the KMS key (ID, ARN or alias, e.g. `alias/aws/kinesis`); null without encryption. */
  keyId: z.string().nullable(),
  /** DescribeStreamSummary RetentionPeriodHours (24 by default, up to 8,760) */
  retentionPeriodHours: z.number(),
});
export type KinesisStreamSummary = z.infer<typeof KinesisStreamSummary>;

export const KinesisStream = z.object({
  /** ListStreams StreamSummaries[].StreamARN */
  arn: z.string(),
  region: z.string(),
  /** ListStreams StreamSummaries[].StreamName */
  name: z.string(),
  /** DescribeStreamSummary */
  summary: observedSchema(KinesisStreamSummary),
  /** ListTagsForStream Tags[].Key, every page (values are not kept); absent in inventories collected before it was read */
  tagKeys: observedSchema(z.array(z.string())).optional(),
});
export type KinesisStream = z.infer<typeof KinesisStream>;

/** What the kinesis collector records. */
export const KinesisSection = z.object({
  /** ListStreams per scanned region, each stream with its DescribeStreamSummary */
  streams: regionalSchema(observedSchema(z.array(KinesisStream))),
});
export type KinesisSection = z.infer<typeof KinesisSection>;
