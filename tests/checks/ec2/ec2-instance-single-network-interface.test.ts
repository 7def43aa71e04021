import { describe, it, expect } from 'vitest';
import { ec2InstanceSingleNetworkInterface as check } from '../../../src/checks/ec2/ec2-instance-single-network-interface.js';
import { ok } from '../../builders/index.js';
import { ec2Instance } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const one = (o: Parameters<typeof ec2Instance>[0]) => inRegion(runWith(check, { instances: ok([ec2Instance({ region: R, ...o })]) }));

describe('ec2-instance-single-network-interface', () => {
  it('passes an instance with one interface', () => {
    expect(one({})[0]).toMatchObject({ status: 'PASS', reason: 'EC2 instance i-0a1b2c3d4e5f60001 has one network interface.' });
  });
  it('fails an instance with two', () => {
    expect(one({ networkInterfaceIds: ['eni-1', 'eni-2'] })[0]).toMatchObject({
      status: 'FAIL',
      reason: 'EC2 instance i-0a1b2c3d4e5f60001 has 2 network interfaces (eni-1, eni-2).',
    });
  });
  it('skips terminated instances; UNKNOWN when not recorded or denied', () => {
    expect(one({ state: 'terminated', networkInterfaceIds: ['eni-1', 'eni-2'] })).toEqual([]);
    expect(one({ networkInterfaceIds: null })[0]?.status).toBe('UNKNOWN');
    expect(inRegion(runWith(check, { instances: deniedEc2('ec2:DescribeInstances') }))[0]?.reason).toContain('ec2:DescribeInstances');
  });
});
