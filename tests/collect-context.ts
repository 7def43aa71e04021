/** A real CollectContext (real SDK clients, real scheduler and reader) pointed at a test moto. */
import { ClientFactory } from '../src/collect/aws/clients.js';
import type { CollectContext, ProgressEvent } from '../src/collect/kit/context.js';
import { Reader } from '../src/collect/kit/read.js';
import { Scheduler } from '../src/collect/kit/scheduler.js';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS, seedConfig, type Moto } from './moto.js';

export function motoContext(
  moto: Moto,
  regions: string[] = ['us-east-1'],
  credentials = TEST_CREDENTIALS,
): CollectContext & { events: ProgressEvent[]; close(): void } {
  const clients = new ClientFactory({ credentials: async () => credentials, endpoint: moto.endpoint, maxAttempts: 1 });
  const reader = new Reader(new Scheduler({ concurrency: 16 }));
  const events: ProgressEvent[] = [];
  return {
    accountId: MOTO_ACCOUNT_ID,
    partition: 'aws',
    homeRegion: 'us-east-1',
    regions: [...regions].sort(),
    clients,
    reader,
    progress: (e) => events.push(e),
    events,
    close: () => clients.destroy(),
  };
}

/**
 * A CollectContext for collector tests on mocked SDK answers (aws-sdk-client-mock intercepts
 * `send`, so the endpoint is never contacted). Rate limits can be raised for tests of many calls.
 */
export function mockedContext(
  regions: string[] = ['us-east-1'],
  rateLimits?: Record<string, { ratePerSecond: number; burst: number }>,
): CollectContext & { close(): void } {
  const clients = new ClientFactory({ credentials: async () => TEST_CREDENTIALS, endpoint: 'http://127.0.0.1:9', maxAttempts: 1 });
  return {
    accountId: MOTO_ACCOUNT_ID,
    partition: 'aws',
    homeRegion: 'us-east-1',
    regions: [...regions].sort(),
    clients,
    reader: new Reader(new Scheduler({ concurrency: 32, ...(rateLimits ? { rateLimits } : {}) })),
    progress: () => undefined,
    close: () => clients.destroy(),
  };
}

/**
 * Credentials of a new moto IAM user allowed only `allow` (IAM actions). moto enforces them once
 * `moto.enableIamAuth()` is called, so any other call answers AccessDenied as AWS would.
 */
export async function restrictedCredentials(moto: Moto, userName: string, allow: string[]): Promise<typeof TEST_CREDENTIALS> {
  const iam = new IAMClient(seedConfig(moto));
  try {
    await iam.send(new CreateUserCommand({ UserName: userName }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: userName,
        PolicyName: 'only',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: allow, Resource: '*' }] }),
      }),
    );
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: userName }))).AccessKey;
    return { accessKeyId: key?.AccessKeyId ?? '', secretAccessKey: key?.SecretAccessKey ?? '' };
  } finally {
    iam.destroy();
  }
}
