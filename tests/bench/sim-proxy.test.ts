/**
 * The simulator against a real moto_server, with real SDK v3 clients: calls under the limit pass
 * through unchanged (bodies streamed back byte for byte), calls over it get each protocol's
 * throttling error, which the SDK parses into the AWS error name and classifies as throttling.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isThrottlingError } from '@smithy/core/retry';
import { EC2Client, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { IAMClient, CreateUserCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { KMSClient, CreateKeyCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { RDSClient, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { startProxy, type SimProxy } from '../../bench/sim/proxy.js';
import { uniformLimits } from '../../bench/sim/limits.js';
import { classifyError } from '../../src/collect/kit/classify-error.js';

let moto: Moto;
let proxy: SimProxy;
const dir = mkdtempSync(join(tmpdir(), 'bulwark-sim-test-'));
const logFile = join(dir, 'calls.jsonl');
const BIG = 'x'.repeat(3 * 1024 * 1024) + 'end';

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  // Burst 1, no refill: the first call of every API passes, the second is throttled.
  proxy = await startProxy({
    target: moto.endpoint,
    limits: uniformLimits({ burst: 1, rate: 0 }),
    latency: null,
    keepCalls: true,
    logFile,
  });
  const iam = new IAMClient(seedConfig(moto));
  await iam.send(new CreateUserCommand({ UserName: 'alice' }));
  const s3 = new S3Client(seedConfig(moto));
  await s3.send(new CreateBucketCommand({ Bucket: 'sim-bucket' }));
  await s3.send(new PutObjectCommand({ Bucket: 'sim-bucket', Key: 'big.txt', Body: BIG }));
  await new KMSClient(seedConfig(moto)).send(new CreateKeyCommand({}));
});

afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const viaProxy = (region = 'us-east-1') => ({ ...seedConfig({ endpoint: proxy.url }, region), maxAttempts: 1 });

async function secondCallError(send: () => Promise<unknown>): Promise<unknown> {
  await send();
  try {
    await send();
  } catch (err) {
    return err;
  }
  throw new Error('the second call was not throttled');
}

describe('simulator proxy', () => {
  const cases: Array<[string, string, number, () => Promise<unknown>]> = [
    ['EC2', 'RequestLimitExceeded', 503, () => new EC2Client(viaProxy()).send(new DescribeVpcsCommand({}))],
    ['IAM (query)', 'Throttling', 400, () => new IAMClient(viaProxy()).send(new ListUsersCommand({}))],
    ['RDS (query)', 'ThrottlingException', 400, () => new RDSClient(viaProxy()).send(new DescribeDBInstancesCommand({}))],
    ['KMS (JSON 1.1)', 'ThrottlingException', 400, () => new KMSClient(viaProxy()).send(new ListKeysCommand({}))],
    ['S3', 'SlowDown', 503, () => new S3Client(viaProxy()).send(new ListBucketsCommand({}))],
    ['Lambda (REST-JSON)', 'TooManyRequestsException', 429, () => new LambdaClient(viaProxy()).send(new ListFunctionsCommand({}))],
  ];
  it.each(cases)('%s: over the limit the SDK sees %s (HTTP %i), a throttling error', async (_label, name, status, send) => {
    const err = (await secondCallError(send)) as { name: string; $metadata: { httpStatusCode?: number } };
    expect(err.name).toBe(name);
    expect(err.$metadata.httpStatusCode).toBe(status);
    expect(isThrottlingError(err as never)).toBe(true);
    expect(classifyError(err).kind).toBe('throttled');
  });

  it('passes calls under the limit through unchanged, streaming large bodies', async () => {
    const direct = await new IAMClient(seedConfig(moto)).send(new ListUsersCommand({ PathPrefix: '/' }));
    // Full buckets again: the throttling cases above emptied them.
    proxy.reset();
    const proxied = await new IAMClient(viaProxy('eu-west-1')).send(new ListUsersCommand({ PathPrefix: '/' }));
    expect(proxied.Users?.map((u) => u.UserName)).toEqual(direct.Users?.map((u) => u.UserName));
    const obj = await new S3Client(viaProxy()).send(new GetObjectCommand({ Bucket: 'sim-bucket', Key: 'big.txt' }));
    const text = await obj.Body?.transformToString();
    expect(text?.length).toBe(BIG.length);
    expect(text?.endsWith('end')).toBe(true);
  });

  it('logs each call with its account, region, service, API and outcome, and counts them', async () => {
    proxy.reset();
    proxy.takeCalls();
    const ec2 = new EC2Client(viaProxy('eu-west-1'));
    await ec2.send(new DescribeVpcsCommand({}));
    await ec2.send(new DescribeVpcsCommand({})).catch(() => undefined);
    const calls = proxy.takeCalls();
    expect(calls.map((c) => [c.account, c.region, c.service, c.api, c.protocol, c.status, c.throttled])).toEqual([
      ['123456789012', 'eu-west-1', 'ec2', 'DescribeVpcs', 'ec2', 200, false],
      ['123456789012', 'eu-west-1', 'ec2', 'DescribeVpcs', 'ec2', 503, true],
    ]);
    expect(proxy.counters()).toMatchObject({ calls: 2, throttled: 1, byApi: { 'ec2:DescribeVpcs': { calls: 2, throttled: 1 } } });
    const served = (await (await fetch(`${proxy.url}/__sim/counters`)).json()) as { calls: number };
    expect(served.calls).toBe(2);
    const lines = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { api: string; throttled: boolean });
    expect(lines.slice(-2).map((l) => [l.api, l.throttled])).toEqual([
      ['DescribeVpcs', false],
      ['DescribeVpcs', true],
    ]);
  });
});
