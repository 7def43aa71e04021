import { describe, it, expect } from 'vitest';
import { ec2NetworkAclInUse as check } from '../../../src/checks/ec2/ec2-network-acl-in-use.js';
import { ok } from '../../builders/index.js';
import { ec2NetworkAcl } from '../../builders/ec2.js';
import { deniedEc2, inRegion, runWith } from './helpers.js';

describe('ec2-network-acl-in-use', () => {
  it('passes an ACL associated with a subnet', () => {
    expect(inRegion(runWith(check, {}))[0]).toMatchObject({
      status: 'PASS',
      reason: 'Network ACL acl-0a1b2c3d4e5f60001 is associated with subnet-0a1b2c3d4e5f60001.',
    });
  });
  it('fails an ACL without subnets, saying when it is the default ACL', () => {
    const [r, d] = inRegion(
      runWith(check, {
        networkAcls: ok([
          ec2NetworkAcl({ associatedSubnetIds: [] }),
          ec2NetworkAcl({ networkAclId: 'acl-def', isDefault: true, associatedSubnetIds: [] }),
        ]),
      }),
    );
    expect(r).toMatchObject({ status: 'FAIL', reason: 'Network ACL acl-0a1b2c3d4e5f60001 is not associated with any subnet.' });
    expect(d).toMatchObject({
      status: 'FAIL',
      reason: 'Network ACL acl-def (the default ACL of its VPC) is not associated with any subnet.',
    });
  });
  it('is UNKNOWN naming ec2:DescribeNetworkAcls when denied', () => {
    expect(inRegion(runWith(check, { networkAcls: deniedEc2('ec2:DescribeNetworkAcls') }))[0]?.reason).toContain('ec2:DescribeNetworkAcls');
  });
});
