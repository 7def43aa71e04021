/**
 * Demo Kinesis streams in the first region: "demo-events", encrypted with the AWS managed key and
 * kept for seven days, and "demo-clicks", unencrypted with the default 24-hour retention.
 */
import {
  CreateStreamCommand,
  IncreaseStreamRetentionPeriodCommand,
  KinesisClient,
  StartStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedKinesis(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  // HTTP/1.1: the Kinesis client defaults to HTTP/2, which moto_server does not speak.
  const kinesis = new KinesisClient({
    endpoint: moto.endpoint,
    region,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler(),
  });
  const arnOf = (name: string) => `arn:aws:kinesis:${region}:${MOTO_ACCOUNT_ID}:stream/${name}`;
  try {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'demo-events', ShardCount: 1 }));
    await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'demo-events', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'demo-events', RetentionPeriodHours: 168 }));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'demo-clicks', ShardCount: 1 }));
    const good = arnOf('demo-events');
    const bad = arnOf('demo-clicks');
    return [
      { checkId: 'kinesis-stream-encrypted', resourceArn: good, status: 'PASS' },
      { checkId: 'kinesis-stream-retention-adequate', resourceArn: good, status: 'PASS' },
      { checkId: 'kinesis-stream-encrypted', resourceArn: bad, status: 'FAIL' },
      { checkId: 'kinesis-stream-retention-adequate', resourceArn: bad, status: 'FAIL' },
    ];
  } finally {
    kinesis.destroy();
  }
}
