import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { judgePublicPolicy } from '../lib/resource-policy-public.js';

export const sqsQueuePolicyNotPublic = defineCheck({
  id: 'sqs-queue-policy-not-public',
  title: 'SQS queue access policies do not allow public access',
  service: 'sqs',
  severity: 'critical',
  resourceType: 'AwsSqsQueue',
  frameworks: { fsbp: ['SQS.3'] },
  rationale:
    'A queue policy that lets everyone send, receive or delete messages lets anyone on the internet feed forged work to its consumers, read the messages or drain the queue. As Security Hub SQS.3 (AWS Config sqs-queue-no-public-access), a grant to everyone is not public only when a condition pins the caller to fixed values, such as aws:SourceArn of one topic, aws:SourceAccount or aws:PrincipalOrgID.',
  remediation: {
    summary:
      'Replace grants to Principal "*" with the accounts or services that need the queue, or pin them with conditions such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID.',
    console: 'Amazon SQS console > Queues > <queue> > Edit > Access policy: edit the statements that allow "*" > Save.',
    docs: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
  },
  reads: ['sqs'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sqs.queues, 'sqs', (queue, region) => {
      if (!queue.attributes.ok) return unknown(queue, queue.attributes.error);
      const verdict = judgePublicPolicy(queue.attributes.value.policy);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(queue, `SQS queue ${queue.name} has no access policy, so only its own account's IAM grants apply.`);
        case 'unreadable':
          return unknown(
            queue,
            missingData('sqs:GetQueueAttributes', queue.arn, `the queue policy is not a readable policy document (${verdict.reason})`, {
              region,
            }),
            `Whether SQS queue ${queue.name} is public could not be decided`,
          );
        case 'public':
          return fail(queue, `SQS queue ${queue.name} policy ${verdict.text}.`);
        case 'not-public':
          return pass(queue, `SQS queue ${queue.name} policy ${verdict.text}.`);
      }
    }),
});
