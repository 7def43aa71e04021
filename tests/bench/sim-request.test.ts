/** The simulator's request identification and token buckets, as pure functions (no HTTP). */
import { describe, expect, it } from 'vitest';
import { describeRequest, s3Api, throttleResponse } from '../../bench/sim/aws-request.js';
import { TokenBucket } from '../../bench/sim/token-bucket.js';
import { DEFAULT_LIMITS, mergeLimits, resolveBucket } from '../../bench/sim/limits.js';
import { logNormalSampler, seededRandom } from '../../bench/sim/latency.js';

/** The Authorization header of a SigV4-signed SDK v3 request (signature shortened). */
const auth = (region: string, service: string, key = 'AKIAEXAMPLE') =>
  `AWS4-HMAC-SHA256 Credential=${key}/20260101/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123`;
const FORM = 'application/x-www-form-urlencoded; charset=utf-8';

describe('describeRequest', () => {
  it('reads EC2 (query form body, EC2 protocol) and marks later pages', () => {
    const first = describeRequest({
      method: 'POST',
      url: '/',
      headers: { authorization: auth('eu-west-1', 'ec2'), 'content-type': FORM },
      body: 'Action=DescribeVolumes&Version=2016-11-15&MaxResults=500',
    });
    expect(first).toEqual({
      accessKeyId: 'AKIAEXAMPLE',
      region: 'eu-west-1',
      service: 'ec2',
      protocol: 'ec2',
      api: 'DescribeVolumes',
      paged: false,
    });
    const later = describeRequest({
      method: 'POST',
      url: '/',
      headers: { authorization: auth('eu-west-1', 'ec2'), 'content-type': FORM },
      body: 'Action=DescribeVolumes&Version=2016-11-15&MaxResults=500&NextToken=abc',
    });
    expect(later.paged).toBe(true);
  });

  it('reads IAM and RDS as query protocol, from the body or the query string', () => {
    const iam = describeRequest({
      method: 'POST',
      url: '/',
      headers: { authorization: auth('us-east-1', 'iam'), 'content-type': FORM },
      body: 'Action=ListAccessKeys&Version=2010-05-08&UserName=alice&Marker=m1',
    });
    expect(iam).toMatchObject({ service: 'iam', protocol: 'query', api: 'ListAccessKeys', paged: true });
    const rds = describeRequest({
      method: 'GET',
      url: '/?Action=DescribeDBInstances&Version=2014-10-31',
      headers: { authorization: auth('ap-southeast-2', 'rds') },
    });
    expect(rds).toMatchObject({ service: 'rds', region: 'ap-southeast-2', protocol: 'query', api: 'DescribeDBInstances', paged: false });
  });

  it('reads JSON protocols from X-Amz-Target', () => {
    const kms = describeRequest({
      method: 'POST',
      url: '/',
      headers: {
        authorization: auth('us-east-1', 'kms'),
        'x-amz-target': 'TrentService.ListKeys',
        'content-type': 'application/x-amz-json-1.1',
      },
      body: '{"Limit":1000,"Marker":"abc"}',
    });
    expect(kms).toMatchObject({ service: 'kms', protocol: 'json', api: 'ListKeys', paged: true });
    const trail = describeRequest({
      method: 'POST',
      url: '/',
      headers: {
        authorization: auth('us-east-1', 'cloudtrail'),
        'x-amz-target': 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails',
      },
      body: '{}',
    });
    expect(trail).toMatchObject({ service: 'cloudtrail', protocol: 'json', api: 'DescribeTrails', paged: false });
  });

  it('reads S3 APIs from method, path and subresource', () => {
    const s3 = (method: string, url: string) => describeRequest({ method, url, headers: { authorization: auth('eu-west-1', 's3') } }).api;
    expect(s3('GET', '/?x-id=ListBuckets')).toBe('ListBuckets');
    expect(s3('GET', '/my-bucket?policy')).toBe('GetBucketPolicy');
    expect(s3('GET', '/my-bucket?location')).toBe('GetBucketLocation');
    expect(s3('GET', '/my-bucket?publicAccessBlock')).toBe('GetPublicAccessBlock');
    expect(s3('GET', '/my-bucket?object-lock')).toBe('GetObjectLockConfiguration');
    expect(s3('PUT', '/my-bucket?versioning')).toBe('PutBucketVersioning');
    expect(s3('GET', '/my-bucket?list-type=2&continuation-token=t')).toBe('ListObjectsV2');
    expect(s3('GET', '/my-bucket/a/b.txt')).toBe('GetObject');
    expect(s3('GET', '/my-bucket/a/b.txt?acl')).toBe('GetObjectAcl');
    expect(s3('HEAD', '/my-bucket')).toBe('HeadBucket');
    expect(s3('PUT', '/my-bucket')).toBe('CreateBucket');
    expect(s3Api('GET', '/b', new URLSearchParams('analytics'))).toBe('ListBucketAnalyticsConfigurations');
    expect(
      describeRequest({ method: 'GET', url: '/b?list-type=2&continuation-token=t', headers: { authorization: auth('us-east-1', 's3') } })
        .paged,
    ).toBe(true);
  });

  it('reads REST services from known routes, and names unknown ones by method and first path segment', () => {
    const rest = (service: string, method: string, url: string) =>
      describeRequest({ method, url, headers: { authorization: auth('us-east-1', service) } });
    expect(rest('lambda', 'GET', '/2015-03-31/functions/?Marker=x')).toMatchObject({
      protocol: 'rest-json',
      api: 'ListFunctions',
      paged: true,
    });
    expect(rest('lambda', 'GET', '/2015-03-31/functions/my-fn/policy')).toMatchObject({ api: 'GetPolicy' });
    expect(rest('lambda', 'GET', '/2021-10-31/functions/my-fn/url')).toMatchObject({ api: 'GetFunctionUrlConfig' });
    expect(rest('s3', 'GET', '/v20180820/configuration/publicAccessBlock')).toMatchObject({
      service: 's3control',
      protocol: 'rest-xml',
      api: 'GetPublicAccessBlock',
    });
    expect(rest('cloudfront', 'GET', '/2020-05-31/distribution')).toMatchObject({ protocol: 'rest-xml', api: 'ListDistributions' });
    expect(rest('backup', 'GET', '/backup-vaults/')).toMatchObject({ protocol: 'rest-json', api: 'GET /backup-vaults' });
  });

  it('takes the access key from a presigned URL, and leaves unsigned requests unknown', () => {
    const presigned = describeRequest({
      method: 'GET',
      url: '/b/k?X-Amz-Credential=AKIAPRESIGN%2F20260101%2Fap-southeast-2%2Fs3%2Faws4_request&X-Amz-Signature=x',
      headers: {},
    });
    expect(presigned).toMatchObject({ accessKeyId: 'AKIAPRESIGN', region: 'ap-southeast-2', service: 's3', api: 'GetObject' });
    expect(describeRequest({ method: 'GET', url: '/moto-api/', headers: {} })).toMatchObject({
      accessKeyId: undefined,
      service: 'unknown',
    });
  });
});

describe('throttleResponse', () => {
  it('answers each protocol with its own status and error shape', () => {
    expect(throttleResponse({ protocol: 'ec2', service: 'ec2' }, 'POST', 'r1')).toMatchObject({
      status: 503,
      body: expect.stringContaining('<Code>RequestLimitExceeded</Code>'),
    });
    expect(throttleResponse({ protocol: 'query', service: 'iam' }, 'POST', 'r1').body).toContain(
      '<Type>Sender</Type><Code>Throttling</Code>',
    );
    expect(JSON.parse(throttleResponse({ protocol: 'json', service: 'kms' }, 'POST', 'r1').body)).toEqual({
      __type: 'ThrottlingException',
      message: 'Rate exceeded',
    });
    expect(throttleResponse({ protocol: 'rest-json', service: 'lambda' }, 'GET', 'r1')).toMatchObject({
      status: 429,
      headers: { 'x-amzn-errortype': 'TooManyRequestsException' },
    });
    expect(throttleResponse({ protocol: 's3', service: 's3' }, 'GET', 'r1')).toMatchObject({
      status: 503,
      body: expect.stringContaining('<Code>SlowDown</Code>'),
    });
    expect(throttleResponse({ protocol: 's3', service: 's3' }, 'HEAD', 'r1').body).toBe('');
  });
});

describe('TokenBucket on a fake clock', () => {
  it('lets a burst through, then refills at the rate', () => {
    const b = new TokenBucket({ burst: 100, rate: 20 }, 0);
    let passed = 0;
    for (let i = 0; i < 150; i++) if (b.tryTake(0)) passed++;
    expect(passed).toBe(100);
    expect(b.tryTake(49)).toBe(false); // 0.98 of a token after 49 ms
    expect(b.tryTake(50)).toBe(true); // one token after 50 ms at 20/s
    expect(b.tryTake(50)).toBe(false);
    expect(b.available(10_000)).toBe(100); // never above the burst
  });

  it('with rate 0 never refills', () => {
    const b = new TokenBucket({ burst: 1, rate: 0 }, 0);
    expect([b.tryTake(0), b.tryTake(1e9)]).toEqual([true, false]);
  });
});

describe('limits table', () => {
  const at = (service: string, api: string, region = 'eu-west-1') =>
    resolveBucket(DEFAULT_LIMITS, { account: '111122223333', region, service, api });
  it('keys EC2 per API and region, IAM globally, Lambda and RDS by pool', () => {
    expect(at('ec2', 'DescribeVolumes')).toEqual({ key: '111122223333|eu-west-1|ec2|DescribeVolumes', limit: { burst: 100, rate: 20 } });
    expect(at('iam', 'ListUsers', 'us-east-1').key).toBe(at('iam', 'ListUsers', 'eu-west-1').key);
    expect(at('lambda', 'ListFunctions').key).toBe(at('lambda', 'GetFunctionUrlConfig').key);
    expect(at('lambda', 'GetFunction').limit.rate).toBe(100);
    expect(at('rds', 'DescribeDBInstances')).toEqual({ key: '111122223333|eu-west-1|rds|*', limit: { burst: 300, rate: 12 } });
    expect(at('nosuchservice', 'Foo').limit).toEqual(DEFAULT_LIMITS.default);
  });
  it('merges an override file and rejects a malformed one', () => {
    const merged = mergeLimits(DEFAULT_LIMITS, { services: { iam: { apis: { ListUsers: { burst: 5, rate: 1 } } } } });
    expect(resolveBucket(merged, { account: 'a', region: 'r', service: 'iam', api: 'ListUsers' }).limit).toEqual({ burst: 5, rate: 1 });
    expect(resolveBucket(merged, { account: 'a', region: 'r', service: 'iam', api: 'GetRole' }).limit.rate).toBe(15);
    expect(() => mergeLimits(DEFAULT_LIMITS, { default: { burst: 'x' } })).toThrow(/default must be/);
  });
});

describe('latency sampler', () => {
  it('repeats with a seed and has about the configured median', () => {
    const a = logNormalSampler({ medianMs: 60, p99Ms: 300 }, seededRandom(7));
    const b = logNormalSampler({ medianMs: 60, p99Ms: 300 }, seededRandom(7));
    const xs = Array.from({ length: 4001 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs.slice(0, 5));
    xs.sort((x, y) => x - y);
    expect(xs[2000]).toBeGreaterThan(50);
    expect(xs[2000]).toBeLessThan(72);
    expect(xs[Math.floor(4001 * 0.99)]).toBeGreaterThan(200);
  });
});
