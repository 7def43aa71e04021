import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupSshRestricted as check } from '../../../src/checks/ec2/ec2-security-group-ssh-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2IpPermission, ec2SecurityGroup, ec2WorldRule } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const sg = (rules: ReturnType<typeof ec2IpPermission>[]) => ec2SecurityGroup({ region: R, groupName: 'demo', ipPermissions: rules });

describe('ec2-security-group-ssh-restricted', () => {
  it('passes when 22 is open only to a private range', () => {
    const g = sg([ec2IpPermission({ fromPort: 22, toPort: 22, ipRanges: ['10.0.0.0/8'] }), ec2WorldRule('tcp', 443)]);
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('fails for tcp 22 from 0.0.0.0/0', () => {
    const g = sg([ec2WorldRule('tcp', 22)]);
    const [r] = inRegion(runWith(check, { securityGroups: ok([g]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('tcp 22 from 0.0.0.0/0');
  });

  it('fails for a port range including 22 from ::/0', () => {
    const g = sg([ec2WorldRule('tcp', 0, 1024, 'ipv6')]);
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('fails for all traffic (protocol -1) from the world', () => {
    const g = sg([ec2WorldRule('-1')]);
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('FAIL');
  });

  it('does not count ICMP or a world range that excludes 22', () => {
    const g = sg([ec2WorldRule('icmp', 22, 22), ec2WorldRule('tcp', 23, 1024)]);
    expect(statusByArn(runWith(check, { securityGroups: ok([g]) }))[g.arn]).toBe('PASS');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const results = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(results).toHaveLength(1);
    expect(results[0]?.status).toBe('UNKNOWN');
    expect(results[0]?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
