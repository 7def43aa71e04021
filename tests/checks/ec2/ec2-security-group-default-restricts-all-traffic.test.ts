import { describe, it, expect } from 'vitest';
import { ec2SecurityGroupDefaultRestrictsAllTraffic as check } from '../../../src/checks/ec2/ec2-security-group-default-restricts-all-traffic.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2DefaultSecurityGroup, ec2IpPermission, ec2SecurityGroup } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-security-group-default-restricts-all-traffic', () => {
  it('passes for a default group with no rules and ignores non-default groups', () => {
    const d = ec2DefaultSecurityGroup({ region: R });
    const other = ec2SecurityGroup({ region: R });
    const results = inRegion(runWith(check, { securityGroups: ok([d, other]) }));
    expect(statusByArn(results)).toEqual({ [d.arn]: 'PASS' });
  });

  // The group AWS creates with every VPC: all traffic from itself in, everything out. moto creates
  // the default group without the self-referencing ingress rule, so this real-shaped state is
  // built here rather than in the collector test.
  it('fails for the default group as AWS creates it (self-referencing ingress, all egress)', () => {
    const d = ec2DefaultSecurityGroup({
      region: R,
      ipPermissions: [
        ec2IpPermission({
          ipProtocol: '-1',
          fromPort: null,
          toPort: null,
          ipRanges: [],
          userIdGroupPairs: [{ groupId: 'sg-0defa017000000001', userId: '111122223333' }],
        }),
      ],
      ipPermissionsEgress: [ec2IpPermission({ ipProtocol: '-1', fromPort: null, toPort: null })],
    });
    const [r] = inRegion(runWith(check, { securityGroups: ok([d]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('1 inbound and 1 outbound');
  });

  it("fails for a default group with only the egress rule (moto's default)", () => {
    const d = ec2DefaultSecurityGroup({
      region: R,
      ipPermissionsEgress: [ec2IpPermission({ ipProtocol: '-1', fromPort: null, toPort: null })],
    });
    expect(statusByArn(runWith(check, { securityGroups: ok([d]) }))[d.arn]).toBe('FAIL');
  });

  it('is UNKNOWN naming the action when DescribeSecurityGroups is denied', () => {
    const [r] = inRegion(runWith(check, { securityGroups: deniedEc2('ec2:DescribeSecurityGroups') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
