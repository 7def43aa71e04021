import { describe, it, expect } from 'vitest';
import { ec2NetworkAclAdminPortsRestricted as check } from '../../../src/checks/ec2/ec2-network-acl-admin-ports-restricted.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2NetworkAcl, ec2NetworkAclEntry as entry } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

const DENY_REST = [
  entry({ ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', portRange: null }),
  entry({ ruleNumber: 32768, protocol: '-1', ruleAction: 'deny', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null }),
];
const acl = (entries: ReturnType<typeof entry>[], isDefault = false) =>
  ec2NetworkAcl({ region: R, isDefault, entries: [...entries, ...DENY_REST] });

describe('ec2-network-acl-admin-ports-restricted', () => {
  it('passes when only 443 is open to the world and SSH only from a private range', () => {
    const a = acl([entry(), entry({ ruleNumber: 110, portRange: { from: 22, to: 22 }, cidrBlock: '10.0.0.0/8' })]);
    expect(statusByArn(runWith(check, { networkAcls: ok([a]) }))[a.arn]).toBe('PASS');
  });

  it('fails for the default ACL allow-all rule 100 (as AWS and moto create it)', () => {
    const a = acl([entry({ ruleNumber: 100, protocol: '-1', portRange: null })], true);
    const [r] = inRegion(runWith(check, { networkAcls: ok([a]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('(default)');
    expect(r?.reason).toContain('tcp 22 from 0.0.0.0/0 (rule 100)');
  });

  it('fails for a tcp range covering 3389 from ::/0', () => {
    const a = acl([entry({ ruleNumber: 120, cidrBlock: null, ipv6CidrBlock: '::/0', portRange: { from: 3000, to: 4000 } })]);
    const [r] = inRegion(runWith(check, { networkAcls: ok([a]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('tcp 3389 from ::/0 (rule 120)');
  });

  it('passes when a lower-numbered world deny shadows a later allow-all', () => {
    const a = acl([
      entry({ ruleNumber: 10, protocol: '-1', ruleAction: 'deny', portRange: null }),
      entry({ ruleNumber: 11, protocol: '-1', ruleAction: 'deny', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null }),
      entry({ ruleNumber: 100, protocol: '-1', portRange: null }),
      entry({ ruleNumber: 101, protocol: '-1', cidrBlock: null, ipv6CidrBlock: '::/0', portRange: null }),
    ]);
    expect(statusByArn(runWith(check, { networkAcls: ok([a]) }))[a.arn]).toBe('PASS');
  });

  it('still fails when the earlier deny covers only tcp 22 but the allow covers udp too', () => {
    const a = acl([
      entry({ ruleNumber: 10, ruleAction: 'deny', portRange: { from: 22, to: 22 } }),
      entry({ ruleNumber: 100, protocol: '-1', portRange: null }),
    ]);
    const [r] = inRegion(runWith(check, { networkAcls: ok([a]) }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('udp 22 from 0.0.0.0/0');
    expect(r?.reason).not.toContain('tcp 22 from 0.0.0.0/0');
  });

  it('does not let a narrower deny shadow a world allow', () => {
    const a = acl([
      entry({ ruleNumber: 10, ruleAction: 'deny', protocol: '-1', cidrBlock: '10.0.0.0/8', portRange: null }),
      entry({ ruleNumber: 100, portRange: { from: 22, to: 22 } }),
    ]);
    expect(statusByArn(runWith(check, { networkAcls: ok([a]) }))[a.arn]).toBe('FAIL');
  });

  it('ignores egress entries', () => {
    const a = acl([entry({ ruleNumber: 100, egress: true, protocol: '-1', portRange: null })]);
    expect(statusByArn(runWith(check, { networkAcls: ok([a]) }))[a.arn]).toBe('PASS');
  });

  it('is UNKNOWN naming the action when DescribeNetworkAcls is denied', () => {
    const [r] = inRegion(runWith(check, { networkAcls: deniedEc2('ec2:DescribeNetworkAcls') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeNetworkAcls');
  });
});
