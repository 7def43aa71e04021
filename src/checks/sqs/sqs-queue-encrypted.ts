import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';

export const sqsQueueEncrypted = defineCheck({
  id: 'sqs-queue-encrypted',
  title: 'SQS queues are encrypted at rest',
  service: 'sqs',
  severity: 'medium',
  resourceType: 'AwsSqsQueue',
  frameworks: { fsbp: ['SQS.1'], checklist: ['3.32'] },
  rationale:
    'Messages wait in a queue until consumed, often holding the data the systems exchange; server-side encryption protects them at rest. As Security Hub SQS.1, a queue passes with either SQS-managed keys (SSE-SQS, the default for new queues) or an AWS KMS key (SSE-KMS).',
  remediation: {
    summary:
      'Turn on server-side encryption for the queue: SSE-SQS, or SSE-KMS with a KMS key when access to the key must be controlled and logged.',
    console:
      'Amazon SQS console > Queues > <queue> > Edit > Encryption: Enabled, Amazon SQS key (SSE-SQS) or AWS KMS key (SSE-KMS) > Save.',
    docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  },
  reads: ['sqs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sqs.queues, 'sqs', (queue, region) => {
      if (!queue.attributes.ok) return unknown(queue, queue.attributes.error);
      const { kmsMasterKeyId, sqsManagedSseEnabled } = queue.attributes.value;
      if (kmsMasterKeyId) return pass(queue, `SQS queue ${queue.name} is encrypted at rest with KMS key ${kmsMasterKeyId} (SSE-KMS).`);
      if (sqsManagedSseEnabled === true)
        return pass(queue, `SQS queue ${queue.name} is encrypted at rest with SQS-managed keys (SSE-SQS).`);
      if (sqsManagedSseEnabled === false)
        return fail(queue, `SQS queue ${queue.name} has neither SQS-managed (SSE-SQS) nor KMS (SSE-KMS) server-side encryption.`);
      return undecided(
        queue,
        `Whether SQS queue ${queue.name} is encrypted could not be decided: GetQueueAttributes returned neither KmsMasterKeyId nor SqsManagedSseEnabled.`,
        [missingData('sqs:GetQueueAttributes', queue.arn, 'the answer carried no SqsManagedSseEnabled attribute', { region })],
      );
    }),
});
