import { describe, expect, it } from 'vitest';
import { redshiftClusterPortRestricted as check } from '../../../src/checks/redshift/redshift-cluster-port-restricted.js';
import { denied, ok } from '../../builders/index.js';
import { ec2IpPermission, ec2SecurityGroup, ec2SectionWith } from '../../builders/ec2.js';
import { R, compliant, one } from './helpers.js';

const withGroups = (ipPermissions: Parameters<typeof ec2IpPermission>[0][]) =>
  ec2SectionWith(R, { securityGroups: ok([ec2SecurityGroup({ region: R, ipPermissions: ipPermissions.map((p) => ec2IpPermission(p)) })]) });

describe('redshift-cluster-port-restricted', () => {
  it('passes clusters whose security groups keep the port closed to the internet', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe(
      "Redshift cluster c1's security groups (web (sg-0a1b2c3d4e5f60001)) do not open port 5439 to the internet.",
    );
  });

  it('passes a rule for the port from a private range', () => {
    const r = one(check, {}, {}, { ec2: withGroups([{ fromPort: 5439, toPort: 5439, ipRanges: ['10.0.0.0/8'] }]) });
    expect(r?.status).toBe('PASS');
  });

  it('fails a rule opening the port to 0.0.0.0/0', () => {
    const r = one(check, {}, {}, { ec2: withGroups([{ fromPort: 5439, toPort: 5439, ipRanges: ['0.0.0.0/0'] }]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Redshift cluster c1 has port 5439 open to the internet: security group web (sg-0a1b2c3d4e5f60001) allows 5439 (tcp 5439 from 0.0.0.0/0).',
    );
  });

  it('fails all traffic from ::/0', () => {
    const r = one(
      check,
      {},
      {},
      { ec2: withGroups([{ ipProtocol: '-1', fromPort: null, toPort: null, ipRanges: [], ipv6Ranges: ['::/0'] }]) },
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Redshift cluster c1 has port 5439 open to the internet: security group web (sg-0a1b2c3d4e5f60001) allows 5439 (all traffic from ::/0).',
    );
  });

  it('is UNKNOWN when the cluster has no endpoint yet', () => {
    const r = one(check, { port: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      "Whether Redshift cluster c1's port is open to the internet could not be decided: the cluster has no endpoint yet, so its port is not known.",
    );
  });

  it('is UNKNOWN when a security group was not read', () => {
    const r = one(check, { vpcSecurityGroupIds: ['sg-elsewhere'] });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      "Whether Redshift cluster c1's port is open to the internet could not be decided: security group sg-elsewhere is not among the security groups read in eu-west-1.",
    );
  });

  it('is UNKNOWN when the cluster lists no VPC security group', () => {
    const r = one(check, { vpcSecurityGroupIds: [] });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('DescribeClusters listed no VPC security group');
  });

  it('is UNKNOWN when ec2:DescribeSecurityGroups is denied', () => {
    const r = one(check, {}, {}, { ec2: ec2SectionWith(R, { securityGroups: denied('ec2:DescribeSecurityGroups') }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeSecurityGroups');
  });
});
