import type { SqsQueue, SqsQueueAttributes, SqsSection } from '../../src/model/sqs.js';
import { ACCOUNT_ID, REGIONS, arn, ok } from './common.js';

export function sqsQueueAttributes(overrides: Partial<SqsQueueAttributes> = {}): SqsQueueAttributes {
  return { kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null, ...overrides };
}

/** A compliant queue: SSE-SQS, no queue policy, tagged. */
export function sqsQueue(name: string, region: string, overrides: Partial<SqsQueue> = {}): SqsQueue {
  return {
    arn: arn('sqs', region, name),
    region,
    name,
    url: `https://sqs.${region}.amazonaws.com/${ACCOUNT_ID}/${name}`,
    attributes: ok(sqsQueueAttributes()),
    tagKeys: ok(['owner']),
    ...overrides,
  };
}

export function sqsSection(queues: SqsQueue[]): SqsSection {
  return { queues: Object.fromEntries(REGIONS.map((r) => [r, ok(queues.filter((x) => x.region === r))])) };
}

export function compliantSqsSection(): SqsSection {
  return sqsSection(REGIONS.map((r) => sqsQueue(`jobs-${r}`, r)));
}
