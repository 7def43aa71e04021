import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupHighRiskPortsRestricted as check } from '../../../src/checks/ec2/ec2-security-group-high-risk-ports-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2IpPermission, ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-high-risk-ports-restricted', () => {
  it('is critical, as FSBP EC2.19', () => {
    expect(check.severity).toBe('critical');
  });

  it('passes when world-open ports are 80/443 and databases are private', () => {
    const g = ec2SecurityGroup({
      region: R,
      ipPermissions: [
        ec2WorldRule('tcp', 80),
        ec2WorldRule('tcp', 443),
        ec2IpPermission({ fromPort: 5432, toPort: 5432, ipRanges: ['10.0.0.0/16'] }),
      ],
    });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for PostgreSQL 5432 from ::/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 5432, 5432, 'ipv6')] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('5432 (tcp 5432 from ::/0)');
  });

  it('judges exactly the ports EC2.19 lists: MongoDB 27017 open to the world is not an EC2.19 failure', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 27017)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('summarises many ports of one wide rule', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 0, 65535)] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toMatch(/and \d+ more\.$/);
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
