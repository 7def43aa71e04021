import { describe, it, expect } from 'vitest';
import { ec2InstanceNotParavirtual as check } from '../../../src/checks/ec2/ec2-instance-not-paravirtual.js';
import { ok } from '../../builders/index.js';
import { ec2Instance } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2Instance>[0]) => inRegion(runWith(check, { instances: ok([ec2Instance({ region: R, ...o })]) }));

describe('ec2-instance-not-paravirtual', () => {
  it('passes an HVM instance', () => {
    expect(one({})[0]).toMatchObject({ status: 'PASS', reason: 'EC2 instance i-0a1b2c3d4e5f60001 uses hvm virtualization.' });
  });
  it('fails a paravirtual instance', () => {
    expect(one({ virtualizationType: 'paravirtual' })[0]).toMatchObject({
      status: 'FAIL',
      reason: 'EC2 instance i-0a1b2c3d4e5f60001 uses paravirtual virtualization.',
    });
  });
  it('is UNKNOWN when the type was not recorded or DescribeInstances was denied', () => {
    expect(one({ virtualizationType: null })[0]?.reason).toContain('ec2:DescribeInstances');
    expect(inRegion(runWith(check, { instances: deniedEc2('ec2:DescribeInstances') }))[0]?.status).toBe('UNKNOWN');
  });
});
