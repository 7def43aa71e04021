import { describe, it, expect } from 'vitest';
import { ec2KeyPairInUse as check } from '../../../src/checks/ec2/ec2-key-pair-in-use.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Instance, ec2KeyPair } from '../../builders/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-key-pair-in-use', () => {
  it('passes for a key pair used by an instance', () => {
    const k = ec2KeyPair({ region: R, keyName: 'deploy' });
    expect(statusByArn(runWith(check, { keyPairs: ok([k]), instances: ok([ec2Instance({ region: R, keyName: 'deploy' })]) }))[k.arn]).toBe('PASS');
  });

  it('fails for a key pair no instance uses (a terminated instance does not count)', () => {
    const k = ec2KeyPair({ region: R, keyName: 'old-laptop' });
    const instances = ok([ec2Instance({ region: R, keyName: 'deploy' }), ec2Instance({ region: R, instanceId: 'i-0gone', state: 'terminated', keyName: 'old-laptop' })]);
    const [r] = inRegion(runWith(check, { keyPairs: ok([k]), instances }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(`Key pair old-laptop is not used by any instance in ${R}.`);
  });

  it('is UNKNOWN naming the action when DescribeKeyPairs is denied', () => {
    const [r] = inRegion(runWith(check, { keyPairs: deniedEc2('ec2:DescribeKeyPairs') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeKeyPairs');
  });

  it('is UNKNOWN per key pair when DescribeInstances is denied', () => {
    const k = ec2KeyPair({ region: R });
    const [r] = inRegion(runWith(check, { keyPairs: ok([k]), instances: deniedEc2('ec2:DescribeInstances') }));
    expect(r?.resourceArn).toBe(k.arn);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeInstances');
  });
});
