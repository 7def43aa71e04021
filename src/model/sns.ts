import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A resource policy document as parsed JSON (the raw text only when it was not JSON). */
export const SnsTopicPolicy = z.json();
export type SnsTopicPolicy = z.infer<typeof SnsTopicPolicy>;

/** What GetTopicAttributes says about a topic, reduced to what checks read. */
export const SnsTopicAttributes = z.object({
  /**
   * GetTopicAttributes KmsMasterKeyId: the KMS key (ID, ARN or alias, e.g. `alias/aws/sns`) that
   * encrypts the topic at rest; null when the attribute is absent or empty (no server-side encryption).
   */
  kmsMasterKeyId: z.string().nullable(),
  /**
   * GetTopicAttributes Policy as parsed JSON. AWS always returns one (a topic created without a
   * policy gets the default policy, which allows the owner account); null only when the answer
   * carried none.
   */
  policy: SnsTopicPolicy.nullable(),
});
export type SnsTopicAttributes = z.infer<typeof SnsTopicAttributes>;

export const SnsTopic = z.object({
  /** ListTopics TopicArn */
  arn: z.string(),
  region: z.string(),
  /** The topic name (last field of the ARN) */
  name: z.string(),
  /** GetTopicAttributes */
  attributes: observedSchema(SnsTopicAttributes),
  /** ListTagsForResource: the topic's tag keys (values are not kept; checks read keys only), sorted */
  tagKeys: observedSchema(z.array(z.string())),
});
export type SnsTopic = z.infer<typeof SnsTopic>;

/** What the sns collector records. */
export const SnsSection = z.object({
  /** ListTopics per scanned region */
  topics: regionalSchema(observedSchema(z.array(SnsTopic))),
});
export type SnsSection = z.infer<typeof SnsSection>;
