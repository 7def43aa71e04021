import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { S3Client, CreateBucketCommand, GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { Reader, ScanInterrupted } from '../../src/collect/kit/read.js';
import { Scheduler } from '../../src/collect/kit/scheduler.js';
import { classifyError } from '../../src/collect/kit/classify-error.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';

describe('read() against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
    await new S3Client(seedConfig(moto)).send(new CreateBucketCommand({ Bucket: 'read-test' }));
  });
  afterAll(async () => moto?.stop());

  it('maps exactly the absentWhen codes to null and records the IAM action', async () => {
    const reader = new Reader(new Scheduler({ concurrency: 4 }));
    const s3 = new S3Client(seedConfig(moto));
    const scope = { target: 'arn:aws:s3:::read-test', region: 'us-east-1' };
    const absent = await reader.read('s3:GetBucketPolicy', scope, () => s3.send(new GetBucketPolicyCommand({ Bucket: 'read-test' })), {
      absentWhen: ['NoSuchBucketPolicy'],
    });
    expect(absent).toEqual({ ok: true, value: null });
    const other = await reader.read(
      's3:GetBucketPolicy',
      { ...scope, target: 'arn:aws:s3:::missing' },
      () => s3.send(new GetBucketPolicyCommand({ Bucket: 'missing-bucket-x' })),
      { absentWhen: ['NoSuchBucketPolicy'] },
    );
    expect(other.ok).toBe(false);
    if (!other.ok) {
      expect(other.error).toMatchObject({
        action: 's3:GetBucketPolicy',
        kind: 'other',
        target: 'arn:aws:s3:::missing',
        region: 'us-east-1',
      });
      expect(other.error.message).toMatch(/^NoSuchBucket/);
    }
    expect([...reader.actions]).toEqual(['s3:GetBucketPolicy']);
    expect(reader.stats.get('s3:GetBucketPolicy')).toMatchObject({ calls: 2, errors: 1 });
    expect(reader.errors).toHaveLength(1);
  });
});

describe('classifyError', () => {
  const err = (name: string, status?: number, message = 'x') =>
    Object.assign(new Error(message), { name, $metadata: status ? { httpStatusCode: status } : {} });
  it.each([
    ['AccessDenied', 403, 'access-denied'],
    ['AccessDeniedException', 400, 'access-denied'],
    ['UnauthorizedOperation', 403, 'access-denied'],
    ['SomethingNew', 403, 'access-denied'],
    ['Throttling', 400, 'throttled'],
    ['RequestLimitExceeded', 503, 'throttled'],
    ['TooManyRequestsException', 429, 'throttled'],
    ['OptInRequired', 401, 'region-disabled'],
    ['UnrecognizedClientException', 400, 'region-disabled'],
    ['SubscriptionRequiredException', 400, 'not-supported'],
    ['InternalFailure', 500, 'other'],
  ])('%s (HTTP %s) is %s', (name, status, kind) => {
    expect(classifyError(err(name, status)).kind).toBe(kind);
  });
  it('treats an unparseable 500 page as an unimplemented operation', () => {
    const c = classifyError(err('SyntaxError', 500, 'Deserialization error: to see the raw response...'));
    expect(c.kind).toBe('not-supported');
    expect(c.message).toMatch(/HTTP 500/);
  });
  it('reads an endpoint that does not resolve as a service not offered in the region', () => {
    const e = Object.assign(new Error('getaddrinfo ENOTFOUND macie2.ap-east-2.amazonaws.com'), { code: 'ENOTFOUND' });
    const c = classifyError(e);
    expect(c.kind).toBe('not-supported');
    expect(c.message).toMatch(/macie2\.ap-east-2\.amazonaws\.com does not exist; the service is probably not offered/);
  });
  it('does not call a global auth failure a disabled region', () => {
    expect(classifyError(err('InvalidClientTokenId', 403), { regional: false }).kind).toBe('access-denied');
    expect(classifyError(err('InvalidClientTokenId', 400), { regional: false }).kind).toBe('other');
  });
});

describe('Scheduler', () => {
  it('never runs more calls at once than the global bound', async () => {
    const s = new Scheduler({ concurrency: 3, rateLimits: { test: { ratePerSecond: 1000, burst: 1000 } } });
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        s.run('test:Call', 'us-east-1', async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });
  it('paces EC2 per API: one busy action does not hold up another', async () => {
    const s = new Scheduler({ concurrency: 50, rateLimits: { ec2: { ratePerSecond: 10, burst: 2 } } });
    const busy = Promise.all(Array.from({ length: 12 }, () => s.run('ec2:DescribeSnapshotAttribute', 'us-east-1', async () => undefined)));
    const t0 = Date.now();
    await s.run('ec2:DescribeVpcs', 'us-east-1', async () => undefined);
    expect(Date.now() - t0).toBeLessThan(200);
    await busy;
  });
  it('paces a service to its rate after the burst', async () => {
    const s = new Scheduler({ concurrency: 50, rateLimits: { slow: { ratePerSecond: 50, burst: 5 } } });
    const started = Date.now();
    await Promise.all(Array.from({ length: 15 }, () => s.run('slow:Call', 'eu-west-1', async () => undefined)));
    // 5 from the burst, then 10 at 50/s: at least ~200 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
  });
});

describe('Scheduler interrupted (Ctrl-C)', () => {
  it('releases every call queued behind a rate limit at once, without sending it', async () => {
    const controller = new AbortController();
    const s = new Scheduler({ concurrency: 50, rateLimits: { slow: { ratePerSecond: 0.5, burst: 1 } }, signal: controller.signal });
    let sent = 0;
    const started = Date.now();
    // 1 from the burst, then one every 2 s: without the abort the last one waits ~40 s.
    const calls = Array.from({ length: 21 }, () => s.run('slow:Call', 'us-east-1', async () => void sent++));
    setTimeout(() => controller.abort(), 100);
    const settled = await Promise.allSettled(calls);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(sent).toBe(1);
    const rejected = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(20);
    expect(rejected.every((r) => r.reason instanceof ScanInterrupted)).toBe(true);
    // Calls made after the interruption fail at once too.
    await expect(s.run('slow:Call', 'us-east-1', async () => void sent++)).rejects.toBeInstanceOf(ScanInterrupted);
    expect(sent).toBe(1);
  });

  it('releases calls waiting for a global slot while one call is still in flight', async () => {
    const controller = new AbortController();
    const s = new Scheduler({ concurrency: 1, rateLimits: { test: { ratePerSecond: 1000, burst: 1000 } }, signal: controller.signal });
    let finish: () => void = () => undefined;
    const inFlight = s.run('test:Call', 'us-east-1', () => new Promise<string>((r) => (finish = () => r('done'))));
    const queued = Array.from({ length: 5 }, () => s.run('test:Call', 'us-east-1', async () => 'sent'));
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const settled = await Promise.allSettled(queued);
    expect(settled.every((r) => r.status === 'rejected' && r.reason instanceof ScanInterrupted)).toBe(true);
    finish();
    expect(await inFlight).toBe('done');
  });

  it('a reader on an interrupted scheduler records the skipped call as a ReadError, never a value', async () => {
    const controller = new AbortController();
    controller.abort();
    const reader = new Reader(new Scheduler({ concurrency: 4, signal: controller.signal }), controller.signal);
    const r = await reader.read('s3:GetBucketPolicy', { target: 'arn:aws:s3:::b', region: 'us-east-1' }, async () => 'policy');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/interrupted/);
    expect(!r.ok && r.error.action).toBe('s3:GetBucketPolicy');
  });
});

describe('Scheduler slot release', () => {
  it('frees the slot of a call that throws (sync or async)', async () => {
    const s = new Scheduler({ concurrency: 1, rateLimits: { test: { ratePerSecond: 1000, burst: 1000 } } });
    await expect(s.run('test:Call', 'us-east-1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(
      s.run('test:Call', 'us-east-1', () => {
        throw new Error('sync boom');
      }),
    ).rejects.toThrow('sync boom');
    expect(await s.run('test:Call', 'us-east-1', async () => 'ok')).toBe('ok');
  });
});
