import { describe, it, expect } from 'vitest';
import { ec2InstanceProfileAttached as check } from '../../../src/checks/ec2/ec2-instance-profile-attached.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Instance } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-instance-profile-attached', () => {
  it('passes with an instance profile', () => {
    const i = ec2Instance({ region: R });
    expect(statusByArn(runWith(check, { instances: ok([i]) }))[i.arn]).toBe('PASS');
  });

  it('fails for a running instance without an instance profile', () => {
    const i = ec2Instance({ region: R, iamInstanceProfileArn: null });
    const [r] = inRegion(runWith(check, { instances: ok([i]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('has no IAM instance profile');
  });

  it('skips terminated instances', () => {
    expect(
      inRegion(runWith(check, { instances: ok([ec2Instance({ region: R, state: 'terminated', iamInstanceProfileArn: null })]) })),
    ).toEqual([]);
  });

  it('is UNKNOWN naming the action when DescribeInstances is denied', () => {
    const [r] = inRegion(runWith(check, { instances: deniedEc2('ec2:DescribeInstances') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeInstances');
  });
});
