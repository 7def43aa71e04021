import { describe, it, expect } from 'vitest';
import { ec2InstanceImdsv2Required as check } from '../../../src/checks/ec2/ec2-instance-imdsv2-required.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Instance } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const status = (i: ReturnType<typeof ec2Instance>) => statusByArn(runWith(check, { instances: ok([i]) }))[i.arn];

describe('ec2-instance-imdsv2-required', () => {
  it('passes when HttpTokens is required', () => {
    expect(status(ec2Instance({ region: R }))).toBe('PASS');
  });

  it('passes when the metadata endpoint is disabled, even with optional tokens', () => {
    expect(status(ec2Instance({ region: R, httpTokens: 'optional', httpEndpoint: 'disabled' }))).toBe('PASS');
  });

  it('fails when HttpTokens is optional (IMDSv1 allowed)', () => {
    const i = ec2Instance({ region: R, httpTokens: 'optional' });
    const [r] = inRegion(runWith(check, { instances: ok([i]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('HttpTokens is optional');
  });

  it('fails for a stopped instance and when HttpTokens is missing', () => {
    expect(status(ec2Instance({ region: R, state: 'stopped', httpTokens: 'optional' }))).toBe('FAIL');
    expect(status(ec2Instance({ region: R, httpTokens: null }))).toBe('FAIL');
  });

  it('skips terminated instances', () => {
    expect(inRegion(runWith(check, { instances: ok([ec2Instance({ region: R, state: 'terminated', httpTokens: 'optional' })]) }))).toEqual(
      [],
    );
  });

  it('is UNKNOWN naming the action when DescribeInstances is denied', () => {
    const [r] = inRegion(runWith(check, { instances: deniedEc2('ec2:DescribeInstances') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeInstances');
  });
});
