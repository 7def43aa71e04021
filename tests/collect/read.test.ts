import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { S3Client, CreateBucketCommand, GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { Reader } from '../../src/collect/read.js';
import { Scheduler } from '../../src/collect/scheduler.js';
import { classifyError } from '../../src/collect/classify-error.js';
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
    const absent = await reader.read('s3:GetBucketPolicy', scope, () => s3.send(new GetBucketPolicyCommand({ Bucket: 'read-test' })), { absentWhen: ['NoSuchBucketPolicy'] });
    expect(absent).toEqual({ ok: true, value: null });
    const other = await reader.read('s3:GetBucketPolicy', { ...scope, target: 'arn:aws:s3:::missing' }, () => s3.send(new GetBucketPolicyCommand({ Bucket: 'missing-bucket-x' })), { absentWhen: ['NoSuchBucketPolicy'] });
    expect(other.ok).toBe(false);
    if (!other.ok) {
      expect(other.error).toMatchObject({ action: 's3:GetBucketPolicy', kind: 'other', target: 'arn:aws:s3:::missing', region: 'us-east-1' });
      expect(other.error.message).toMatch(/^NoSuchBucket/);
    }
    expect([...reader.actions]).toEqual(['s3:GetBucketPolicy']);
    expect(reader.stats.get('s3:GetBucketPolicy')).toMatchObject({ calls: 2, errors: 1 });
    expect(reader.errors).toHaveLength(1);
  });
});

describe('classifyError', () => {
  const err = (name: string, status?: number, message = 'x') => Object.assign(new Error(message), { name, $metadata: status ? { httpStatusCode: status } : {} });
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
    expect(Date.now() - t0).toBeLessThan(50);
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
