import { describe, it, expect } from 'vitest';
import { ssmEc2InstanceManaged as check } from '../../../src/checks/ssm/ssm-ec2-instance-managed.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ec2Instance, ec2SectionWith } from '../../builders/ec2.js';
import { ssmManagedInstance, ssmSection } from '../../builders/ssm.js';
import type { Ec2Instance } from '../../../src/model/ec2.js';
import type { SsmManagedInstance } from '../../../src/model/ssm.js';

const R = 'us-east-1';
const one = (instance: Partial<Ec2Instance>, managed: SsmManagedInstance[]) =>
  run(
    check,
    buildInventory({
      ec2: ec2SectionWith(R, { instances: ok([ec2Instance({ region: R, instanceId: 'i-1', ...instance })]) }),
      ssm: ssmSection({ [R]: { managedInstances: ok(managed) } }),
    }),
  ).find((r) => r.region === R);

describe('ssm-ec2-instance-managed', () => {
  it('passes running instances whose agent is online', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({}, [ssmManagedInstance('i-1')])?.reason).toBe('EC2 instance i-1 is managed by Systems Manager (agent online).');
  });

  it('fails a running instance Systems Manager does not know', () => {
    const r = one({}, [ssmManagedInstance('i-other')]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EC2 instance i-1 is not a Systems Manager managed node.');
  });

  it('fails a running instance whose agent lost its connection', () => {
    const r = one({}, [ssmManagedInstance('i-1', { pingStatus: 'ConnectionLost' })]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EC2 instance i-1 is registered with Systems Manager but its agent is ConnectionLost.');
  });

  it('is NOT_APPLICABLE for a stopped instance, and skips terminated ones', () => {
    const r = one({ state: 'stopped' }, []);
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('EC2 instance i-1 is stopped; SSM.1 judges running instances.');
    expect(one({ state: 'terminated' }, [])).toBeUndefined();
  });

  it('is UNKNOWN when ssm:DescribeInstanceInformation failed, naming it', () => {
    const inv = buildInventory({
      ec2: ec2SectionWith(R, { instances: ok([ec2Instance({ region: R, instanceId: 'i-1' })]) }),
      ssm: ssmSection({ [R]: { managedInstances: denied('ssm:DescribeInstanceInformation', { region: R }) } }),
    });
    const r = run(check, inv).find((x) => x.region === R);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ssm:DescribeInstanceInformation');
  });

  it('is UNKNOWN when the region was not read by the ssm collector', () => {
    const inv = buildInventory({
      ec2: ec2SectionWith(R, { instances: ok([ec2Instance({ region: R, instanceId: 'i-1' })]) }),
      ssm: { regions: {} },
    });
    expect(run(check, inv).find((x) => x.region === R)?.status).toBe('UNKNOWN');
  });
});
