import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupRdpRestricted as check } from '../../../src/checks/ec2/ec2-security-group-rdp-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-rdp-restricted', () => {
  it('passes when only SSH and HTTPS are world-open', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 22), ec2WorldRule('tcp', 443)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for tcp 3389 from 0.0.0.0/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('tcp', 3389)] });
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('fails for udp 3389 from ::/0', () => {
    const g = ec2SecurityGroup({ region: R, ipPermissions: [ec2WorldRule('udp', 3389, 3389, 'ipv6')] });
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('udp 3389 from ::/0');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
