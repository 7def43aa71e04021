import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { judgeCrossAccount } from '../lib/resource-policy-cross-account.js';

export const sqsQueuePolicyNoCrossAccountAccess = defineCheck({
  id: 'sqs-queue-policy-no-cross-account-access',
  title: 'SQS queue access policies grant no access to other accounts',
  service: 'sqs',
  severity: 'medium',
  resourceType: 'AwsSqsQueue',
  frameworks: {},
  rationale:
    'Stricter than Security Hub SQS.3, which accepts any grant pinned to fixed values: a queue policy that names other accounts, or pins a grant to everyone to other accounts, lets those accounts send, read or delete messages, and what they may do is then governed by their own IAM policies. Such grants should be deliberate and reviewed; service principals are not counted.',
  remediation: {
    summary:
      'Remove grants to other accounts that are not needed; keep the ones that are, pinned to the exact principals or source ARNs, and record why.',
    console: 'Amazon SQS console > Queues > <queue> > Edit > Access policy: remove or narrow the statements naming other accounts > Save.',
    docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
  },
  reads: ['sqs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sqs.queues, 'sqs', (queue, region) => {
      if (!queue.attributes.ok) return unknown(queue, queue.attributes.error);
      const owner = queue.arn.split(':')[4] ?? ctx.accountId;
      const verdict = judgeCrossAccount(queue.attributes.value.policy, owner);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(queue, `SQS queue ${queue.name} has no access policy, so no other account is granted access.`);
        case 'unreadable':
          return unknown(
            queue,
            missingData('sqs:GetQueueAttributes', queue.arn, `the queue policy is not a readable policy document (${verdict.reason})`, {
              region,
            }),
            `Whether SQS queue ${queue.name} grants other accounts access could not be decided`,
          );
        case 'external':
          return fail(queue, `SQS queue ${queue.name} policy ${verdict.text}.`);
        case 'unresolved':
          return undecided(
            queue,
            `Whether SQS queue ${queue.name} grants other accounts access could not be decided: its policy ${verdict.text}.`,
          );
        case 'own':
          return pass(queue, `SQS queue ${queue.name} policy grants access only within account ${owner}.`);
      }
    }),
});
