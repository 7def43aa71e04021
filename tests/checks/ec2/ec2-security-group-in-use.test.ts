import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupInUse as check } from '../../../src/checks/ec2/ec2-security-group-in-use.js';
import { ok } from '../../builders/index.js';
import { ec2DefaultSecurityGroup, ec2NetworkInterface, ec2SecurityGroup } from '../../builders/ec2.js';
import { deniedEc2, inRegion, runWith } from './helpers.js';

describe('ec2-security-group-in-use', () => {
  it('passes a group a network interface uses and does not judge default groups', () => {
    const results = inRegion(runWith(check, {}));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      status: 'PASS',
      reason: 'Security group sg-0a1b2c3d4e5f60001 is used by 1 network interface (eni-0a1b2c3d4e5f60001).',
    });
  });
  it('fails a group no network interface uses', () => {
    const [r] = inRegion(runWith(check, { securityGroups: ok([ec2DefaultSecurityGroup(), ec2SecurityGroup({ groupId: 'sg-unused' })]) }));
    expect(r).toMatchObject({ status: 'FAIL', reason: 'Security group sg-unused (web) is not attached to any network interface.' });
  });
  it('is UNKNOWN naming the denied read', () => {
    const [e] = inRegion(runWith(check, { networkInterfaces: deniedEc2('ec2:DescribeNetworkInterfaces') }));
    expect(e?.status).toBe('UNKNOWN');
    expect(e?.reason).toContain('ec2:DescribeNetworkInterfaces');
    const [g] = inRegion(
      runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups'), networkInterfaces: ok([ec2NetworkInterface()]) }),
    );
    expect(g?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
