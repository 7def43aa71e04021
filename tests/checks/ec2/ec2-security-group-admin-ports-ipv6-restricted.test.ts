import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupAdminPortsIpv6Restricted as check } from '../../../src/checks/ec2/ec2-security-group-admin-ports-ipv6-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-admin-ports-ipv6-restricted', () => {
  it('passes when admin ports are open only from 0.0.0.0/0 (the IPv4 check covers that)', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 22)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for 3389 from ::/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 3389, 3389, 'ipv6')] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('fails for all traffic from ::/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('-1', null, null, 'ipv6')] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('all traffic from ::/0');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
