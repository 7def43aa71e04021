/** The lower-bound model: bucket and chain terms, call summaries, and the cheapest-plan rewrite. */
import { describe, expect, it } from 'vitest';
import {
  bucketSeconds,
  chainSeconds,
  cheapestPlan,
  lowerBound,
  summarizeCalls,
  type ApiCalls,
  type LoggedCall,
} from '../../bench/sim/lower-bound.js';
import { DEFAULT_LIMITS } from '../../bench/sim/limits.js';
import { mapLimit } from '../../bench/sim/seed-account.js';

const A = '123456789012';
const call = (service: string, api: string, region = 'us-east-1', paged = false, throttled = false): LoggedCall => ({
  account: A,
  region,
  service,
  api,
  paged,
  throttled,
});
const times = <T>(n: number, f: () => T) => Array.from({ length: n }, f);
const api = (service: string, name: string, calls: number, chainPages = 1, region = 'us-east-1'): ApiCalls => ({
  account: A,
  region,
  service,
  api: name,
  calls,
  chainPages,
});

describe('bucketSeconds and chainSeconds', () => {
  it('charges only the calls beyond the burst, at the refill rate', () => {
    expect(bucketSeconds(80, { burst: 100, rate: 20 })).toBe(0);
    expect(bucketSeconds(300, { burst: 100, rate: 20 })).toBe(10);
    expect(bucketSeconds(2, { burst: 1, rate: 0 })).toBe(Infinity);
  });
  it('charges one round trip per page plus the dependent read', () => {
    expect(chainSeconds(5, 60)).toBeCloseTo(0.36);
  });
});

describe('summarizeCalls', () => {
  it('groups by API, leaves throttled answers out, and derives the longest chain from first pages', () => {
    const calls = [
      ...times(3, () => call('ec2', 'DescribeVolumes', 'eu-west-1')),
      ...times(3, () => call('ec2', 'DescribeVolumes', 'eu-west-1', true)),
      call('ec2', 'DescribeVolumes', 'eu-west-1', false, true),
      ...times(500, () => call('iam', 'ListAccessKeys')),
    ];
    const s = summarizeCalls(calls);
    expect(s).toContainEqual(api('ec2', 'DescribeVolumes', 6, 2, 'eu-west-1'));
    expect(s).toContainEqual(api('iam', 'ListAccessKeys', 500, 1));
  });
});

describe('lowerBound', () => {
  it('is the largest term: here the IAM per-user bucket (500 calls at 15/s after a burst of 15)', () => {
    const b = lowerBound(
      [api('iam', 'ListAccessKeys', 500), api('ec2', 'DescribeVolumes', 2, 2, 'eu-west-1'), api('s3', 'GetBucketPolicy', 400)],
      DEFAULT_LIMITS,
      60,
    );
    expect(b.seconds).toBeCloseTo((500 - 15) / 15);
    expect(b.terms[0]).toMatchObject({ kind: 'bucket', key: `${A}|global|iam|ListAccessKeys`, calls: 500 });
    expect(b.calls).toBe(902);
  });
  it('adds pooled APIs into one bucket (Lambda remainder), and falls back to the latency of the longest chain', () => {
    const lambda = lowerBound([api('lambda', 'ListFunctions', 10), api('lambda', 'GetFunctionUrlConfig', 35)], DEFAULT_LIMITS, 60);
    expect(lambda.seconds).toBeCloseTo((45 - 15) / 15);
    const chain = lowerBound([api('ec2', 'DescribeVolumes', 10, 10)], DEFAULT_LIMITS, 100);
    expect(chain.terms[0]).toMatchObject({ kind: 'chain', calls: 10 });
    expect(chain.seconds).toBeCloseTo(1.1);
  });
});

describe('cheapestPlan', () => {
  const shape = {
    users: 500,
    roles: 300,
    policies: 200,
    buckets: 400,
    regions: ['us-east-1'],
    securityGroups: 200,
    volumes: 800,
    instances: 300,
  };
  it('replaces per-entity IAM reads by GAAD chains and the credential report, drops GetBucketLocation, uses full EC2 pages', () => {
    const made = [
      api('iam', 'ListUsers', 5, 5),
      api('iam', 'ListAccessKeys', 500),
      api('iam', 'ListMFADevices', 500),
      api('iam', 'GetAccountPasswordPolicy', 1),
      api('s3', 'GetBucketLocation', 400),
      api('s3', 'GetBucketPolicy', 400),
      api('ec2', 'DescribeVolumes', 8, 8),
    ];
    const plan = cheapestPlan(made, shape);
    const by = (s: string, n: string) => plan.find((p) => p.service === s && p.api === n);
    expect(by('iam', 'ListAccessKeys')).toBeUndefined();
    expect(by('iam', 'ListUsers')).toBeUndefined();
    expect(by('iam', 'GetAccountPasswordPolicy')).toMatchObject({ calls: 1 });
    // users, roles, groups (none: one empty page) and policies: one page of 1,000 each.
    expect(by('iam', 'GetAccountAuthorizationDetails')).toMatchObject({ calls: 4, chainPages: 1 });
    expect(by('iam', 'GetCredentialReport')).toMatchObject({ calls: 1, chainPages: 2 });
    expect(by('s3', 'GetBucketLocation')).toBeUndefined();
    expect(by('s3', 'GetBucketPolicy')).toMatchObject({ calls: 400 });
    expect(by('ec2', 'DescribeVolumes')).toMatchObject({ calls: 2, chainPages: 2 });
    const iamCalls = plan.filter((p) => p.service === 'iam').reduce((s, p) => s + p.calls, 0);
    expect(iamCalls).toBe(7);
    expect(lowerBound(plan, DEFAULT_LIMITS, 60).seconds).toBeLessThan(lowerBound(made, DEFAULT_LIMITS, 60).seconds);
  });
});

describe('mapLimit (the account generator bounds its concurrency)', () => {
  it('runs every item with at most `limit` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await mapLimit(
      Array.from({ length: 20 }, (_, i) => i),
      3,
      async (i) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
        done.push(i);
      },
    );
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
