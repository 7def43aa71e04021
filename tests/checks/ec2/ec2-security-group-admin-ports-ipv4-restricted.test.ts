import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupAdminPortsIpv4Restricted as check } from '../../../src/checks/ec2/ec2-security-group-admin-ports-ipv4-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-admin-ports-ipv4-restricted', () => {
  it('passes when admin ports are open only from ::/0 (the IPv6 check covers that)', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 22, 22, 'ipv6')] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for 22 from 0.0.0.0/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 22)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('fails for 3389 inside a wide range from 0.0.0.0/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 3000, 4000)] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('3389 (tcp 3000-4000 from 0.0.0.0/0)');
  });

  it('treats any /0 IPv4 prefix as the whole internet', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [{ ...ec2WorldRule('-1'), ipRanges: ['10.0.0.0/0'] }] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
