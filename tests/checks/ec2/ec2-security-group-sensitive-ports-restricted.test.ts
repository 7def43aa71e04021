import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupSensitivePortsRestricted as check } from '../../../src/checks/ec2/ec2-security-group-sensitive-ports-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2IpPermission, ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-sensitive-ports-restricted', () => {
  it('maps to the checklist only: it is broader than EC2.19', () => {
    expect(check.frameworks).toEqual({ checklist: ['4.2'] });
  });

  it('passes when world-open ports are 80/443 and data stores are private', () => {
    const g = ec2SecurityGroup({
      region: R,
      ipPermissions: [ec2WorldRule('tcp', 443), ec2IpPermission({ fromPort: 6379, toPort: 6379, ipRanges: ['10.0.0.0/16'] })],
    });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for MongoDB 27017 from 0.0.0.0/0 and Redis 6379 from ::/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 27017), ec2WorldRule('tcp', 6379, 6379, 'ipv6')] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('6379 (tcp 6379 from ::/0)');
    expect(r?.reason).toContain('27017 (tcp 27017 from 0.0.0.0/0)');
  });

  it('fails for an EC2.19 port too (it includes that list)', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 3306)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
