import { describe, it, expect } from 'vitest';
import { ssmEc2InstanceRemoteAccessThroughSessionManager as check } from '../../../src/checks/ssm/ssm-ec2-instance-remote-access-through-session-manager.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ec2Instance, ec2SecurityGroup, ec2SectionWith, ec2WorldRule } from '../../builders/ec2.js';
import { ssmManagedInstance, ssmSection } from '../../builders/ssm.js';
import type { Ec2Instance, Ec2IpPermission } from '../../../src/model/ec2.js';
import type { SsmManagedInstance } from '../../../src/model/ssm.js';

const R = 'us-east-1';
const one = (instance: Partial<Ec2Instance>, managed: SsmManagedInstance[], rules?: Ec2IpPermission[]) =>
  run(
    check,
    buildInventory({
      ec2: ec2SectionWith(R, {
        instances: ok([ec2Instance({ region: R, instanceId: 'i-1', ...instance })]),
        securityGroups: ok([ec2SecurityGroup({ region: R, ...(rules ? { ipPermissions: rules } : {}) })]),
      }),
      ssm: ssmSection({ [R]: { managedInstances: ok(managed) } }),
    }),
  ).find((r) => r.region === R);

describe('ssm-ec2-instance-remote-access-through-session-manager', () => {
  it('passes a managed instance whose groups keep SSH and RDP closed to the internet', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({}, [ssmManagedInstance('i-1')])?.reason).toBe(
      'EC2 instance i-1 has no SSH/RDP open to the internet and is reachable through Session Manager (agent online).',
    );
  });

  it('fails an instance whose security group admits SSH from 0.0.0.0/0, even when Session Manager reaches it', () => {
    const r = one({ publicIpAddress: '203.0.113.10' }, [ssmManagedInstance('i-1')], [ec2WorldRule('tcp', 22)]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'EC2 instance i-1 admits SSH/RDP from the internet through security group web (sg-0a1b2c3d4e5f60001): 22 (tcp 22 from 0.0.0.0/0) and has public IP 203.0.113.10.',
    );
  });

  it('fails an instance whose security group admits all traffic from ::/0 (RDP and SSH included)', () => {
    const r = one({}, [], [ec2WorldRule('-1', null, null, 'ipv6')]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('22 (all traffic from ::/0), 3389 (all traffic from ::/0)');
  });

  it('fails a closed instance Session Manager cannot reach', () => {
    expect(one({}, [])?.reason).toBe(
      'EC2 instance i-1 has no SSH/RDP open to the internet, but Session Manager cannot reach it: it is not a Systems Manager managed node.',
    );
    const lost = one({}, [ssmManagedInstance('i-1', { pingStatus: 'ConnectionLost' })]);
    expect(lost?.status).toBe('FAIL');
    expect(lost?.reason).toBe(
      'EC2 instance i-1 has no SSH/RDP open to the internet, but Session Manager cannot reach it: its SSM Agent is ConnectionLost.',
    );
  });

  it('is NOT_APPLICABLE for a stopped instance', () => {
    expect(one({ state: 'stopped' }, [])?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN when a security group of the instance is not listed', () => {
    const r = one({ securityGroupIds: ['sg-0a1b2c3d4e5f60001', 'sg-gone'] }, [ssmManagedInstance('i-1')]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('sg-gone');
  });

  it('is UNKNOWN when security groups or managed instances could not be read', () => {
    const groups = run(
      check,
      buildInventory({
        ec2: ec2SectionWith(R, {
          instances: ok([ec2Instance({ region: R, instanceId: 'i-1' })]),
          securityGroups: denied('ec2:DescribeSecurityGroups'),
        }),
      }),
    ).find((r) => r.region === R);
    expect(groups?.status).toBe('UNKNOWN');
    expect(groups?.reason).toContain('ec2:DescribeSecurityGroups');
    const nodes = run(
      check,
      buildInventory({
        ec2: ec2SectionWith(R, { instances: ok([ec2Instance({ region: R, instanceId: 'i-1' })]) }),
        ssm: ssmSection({ [R]: { managedInstances: denied('ssm:DescribeInstanceInformation') } }),
      }),
    ).find((r) => r.region === R);
    expect(nodes?.status).toBe('UNKNOWN');
    expect(nodes?.reason).toContain('ssm:DescribeInstanceInformation');
  });
});
