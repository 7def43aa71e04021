import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { userTagKeys } from '../lib/tags.js';

export const sqsQueueTagged = defineCheck({
  id: 'sqs-queue-tagged',
  title: 'SQS queues are tagged',
  service: 'sqs',
  severity: 'low',
  resourceType: 'AwsSqsQueue',
  frameworks: { fsbp: ['SQS.2'] },
  rationale:
    'Tags say who owns a queue and what it is for, which incident response, cost allocation and attribute-based access control depend on. As Security Hub SQS.2 with its default parameters, a queue passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the queue, at least with its owner.',
    console: 'Amazon SQS console > Queues > <queue> > Edit > Tags: Add new tag (for example owner) > Save.',
    docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html',
  },
  reads: ['sqs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sqs.queues, 'sqs', (queue) => {
      if (!queue.tagKeys.ok) return unknown(queue, queue.tagKeys.error);
      const keys = userTagKeys(queue.tagKeys.value);
      return keys.length > 0
        ? pass(queue, `SQS queue ${queue.name} has tag keys ${listSome(keys)}.`)
        : fail(
            queue,
            queue.tagKeys.value.length > 0
              ? `SQS queue ${queue.name} has only system tags (aws:...), which AWS applies itself.`
              : `SQS queue ${queue.name} has no tags.`,
          );
    }),
});
