import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A queue policy document as parsed JSON (the raw text only when it was not JSON). */
export const SqsQueuePolicy = z.json();
export type SqsQueuePolicy = z.infer<typeof SqsQueuePolicy>;

/** What GetQueueAttributes (Policy, KmsMasterKeyId, SqsManagedSseEnabled) says about a queue. */
export const SqsQueueAttributes = z.object({
  /**
   * GetQueueAttributes KmsMasterKeyId: the KMS key (ID, ARN or alias, e.g. `alias/aws/sqs`) of
   * SSE-KMS; null when the attribute is absent or empty (the queue does not use SSE-KMS).
   */
  kmsMasterKeyId: z.string().nullable(),
  /**
   * GetQueueAttributes SqsManagedSseEnabled: whether SSE-SQS (SQS-owned keys) is on; null when the
   * attribute is absent (queues with SSE-KMS, or answers that predate SSE-SQS).
   */
  sqsManagedSseEnabled: z.boolean().nullable(),
  /** GetQueueAttributes Policy as parsed JSON; null when the queue has no policy (only the owner account's IAM grants apply). */
  policy: SqsQueuePolicy.nullable(),
});
export type SqsQueueAttributes = z.infer<typeof SqsQueueAttributes>;

export const SqsQueue = z.object({
  /** The queue ARN, built from its ListQueues URL (`https://sqs.REGION.amazonaws.com/ACCOUNT/NAME`) */
  arn: z.string(),
  region: z.string(),
  /** The queue name (last path segment of its URL) */
  name: z.string(),
  /** ListQueues QueueUrls entry: what the per-queue calls take */
  url: z.string(),
  /** GetQueueAttributes */
  attributes: observedSchema(SqsQueueAttributes),
  /** ListQueueTags: the queue's tag keys (values are not kept; checks read keys only), sorted */
  tagKeys: observedSchema(z.array(z.string())),
});
export type SqsQueue = z.infer<typeof SqsQueue>;

/** What the sqs collector records. */
export const SqsSection = z.object({
  /** ListQueues per scanned region */
  queues: regionalSchema(observedSchema(z.array(SqsQueue))),
});
export type SqsSection = z.infer<typeof SqsSection>;
