import { describe, it, expect } from 'vitest';
import { ec2SubnetNoAutoAssignPublicIp as check } from '../../../src/checks/ec2/ec2-subnet-no-auto-assign-public-ip.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Subnet } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-subnet-no-auto-assign-public-ip', () => {
  it('passes when MapPublicIpOnLaunch is off', () => {
    const s = ec2Subnet({ region: R });
    expect(statusByArn(runWith(check, { subnets: ok([s]) }))[s.arn]).toBe('PASS');
  });

  it('fails when MapPublicIpOnLaunch is on (default subnets included)', () => {
    const s = ec2Subnet({ region: R, mapPublicIpOnLaunch: true, defaultForAz: true });
    const [r] = inRegion(runWith(check, { subnets: ok([s]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('(default subnet)');
  });

  it('is not applicable for a subnet another account shares with this one (only the owner can change it)', () => {
    const s = ec2Subnet({ region: R, subnetId: 'subnet-0shared', mapPublicIpOnLaunch: true, ownerId: '999988887777' });
    const [r] = inRegion(runWith(check, { subnets: ok([s]) }));
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toContain('owned by account 999988887777');
  });

  it('is UNKNOWN naming the action when DescribeSubnets is denied', () => {
    const [r] = inRegion(runWith(check, { subnets: deniedEc2('ec2:DescribeSubnets') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSubnets');
  });
});
