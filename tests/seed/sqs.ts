/**
 * Demo SQS queues in the second region: a jobs queue with the default SSE-SQS, a tag and no
 * policy, and an "inbox" queue with encryption turned off, no tags and a policy open to everyone.
 */
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedSqs(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[1] ?? regions[0];
  if (!region) return [];
  const sqs = new SQSClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const arnOf = (name: string) => `arn:aws:sqs:${region}:${MOTO_ACCOUNT_ID}:${name}`;
  try {
    await sqs.send(new CreateQueueCommand({ QueueName: 'demo-jobs', tags: { owner: 'platform' } }));
    const openPolicy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AnyoneSends', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: arnOf('demo-inbox') },
      ],
    };
    await sqs.send(
      new CreateQueueCommand({
        QueueName: 'demo-inbox',
        Attributes: { SqsManagedSseEnabled: 'false', Policy: JSON.stringify(openPolicy) },
      }),
    );
    const good = arnOf('demo-jobs');
    const bad = arnOf('demo-inbox');
    return [
      { checkId: 'sqs-queue-policy-no-cross-account-access', resourceArn: good, status: 'PASS' },
      { checkId: 'sqs-queue-policy-no-cross-account-access', resourceArn: bad, status: 'FAIL' },
      { checkId: 'sqs-queue-encrypted', resourceArn: good, status: 'PASS' },
      { checkId: 'sqs-queue-policy-not-public', resourceArn: good, status: 'PASS' },
      { checkId: 'sqs-queue-tagged', resourceArn: good, status: 'PASS' },
      { checkId: 'sqs-queue-encrypted', resourceArn: bad, status: 'FAIL' },
      { checkId: 'sqs-queue-policy-not-public', resourceArn: bad, status: 'FAIL' },
      { checkId: 'sqs-queue-tagged', resourceArn: bad, status: 'FAIL' },
    ];
  } finally {
    sqs.destroy();
  }
}
