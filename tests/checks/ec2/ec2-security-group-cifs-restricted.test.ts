import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupCifsRestricted as check } from '../../../src/checks/ec2/ec2-security-group-cifs-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-cifs-restricted (CIS v5.0.0 5.1.2)', () => {
  it('passes when only HTTPS is world-open', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 443)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for tcp 445 from 0.0.0.0/0, naming the rule', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 445)] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('port 445 (CIFS)');
    expect(r?.reason).toContain('tcp 445 from 0.0.0.0/0');
  });

  it('fails for a range covering 445 from ::/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 400, 500, 'ipv6')] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
