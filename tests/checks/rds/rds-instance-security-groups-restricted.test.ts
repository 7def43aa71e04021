import { describe, it, expect } from 'vitest';
import { rdsInstanceSecurityGroupsRestricted as check } from '../../../src/checks/rds/rds-instance-security-groups-restricted.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ec2SecurityGroup, ec2SectionWith, ec2WorldRule } from '../../builders/ec2.js';
import { oneRegion, rdsInstance } from '../../builders/rds.js';
import type { Ec2Region } from '../../../src/model/ec2.js';
import type { RdsDbInstance } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const one = (instance: Partial<RdsDbInstance>, ec2: Partial<Ec2Region> = {}) =>
  run(check, buildInventory({ rds: oneRegion({ instances: ok([rdsInstance('db1', R, instance)]) }), ec2: ec2SectionWith(R, ec2) }))[0];
const group = (...rules: ReturnType<typeof ec2WorldRule>[]) => ok([ec2SecurityGroup({ region: R, ipPermissions: rules })]);

describe('rds-instance-security-groups-restricted', () => {
  it('passes an instance whose groups admit no internet traffic on its port', () => {
    const r = one({});
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('No security group of RDS DB instance db1 opens port 3307 to 0.0.0.0/0 or ::/0.');
    expect(one({}, { securityGroups: group(ec2WorldRule('tcp', 443)) })?.status).toBe('PASS');
  });

  it('fails an instance whose group opens its port, or all traffic, to the internet', () => {
    const r = one({}, { securityGroups: group(ec2WorldRule('tcp', 3307)) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('reachable on port 3307 from the internet');
    expect(r?.reason).toContain('3307 (tcp 3307 from 0.0.0.0/0)');
    expect(one({}, { securityGroups: group(ec2WorldRule('-1', null, null, 'ipv6')) })?.status).toBe('FAIL');
  });

  it('is UNKNOWN when the security groups could not be read or one is missing', () => {
    const r = one({}, { securityGroups: denied('ec2:DescribeSecurityGroups') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
    const m = one({ securityGroupIds: ['sg-0a1b2c3d4e5f60001', 'sg-gone'] });
    expect(m?.status).toBe('UNKNOWN');
    expect(m?.reason).toContain('sg-gone');
  });

  it('is UNKNOWN on an inventory without the groups recorded, and undecided without a port', () => {
    expect(one({ securityGroupIds: undefined })?.status).toBe('UNKNOWN');
    expect(one({ port: null })?.status).toBe('UNKNOWN');
  });
});
