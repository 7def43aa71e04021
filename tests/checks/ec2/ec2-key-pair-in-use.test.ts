import { describe, it, expect } from 'vitest';
import { ec2KeyPairInUse as check } from '../../../src/checks/ec2/ec2-key-pair-in-use.js';
import { ok, statusByArn } from '../../builders/index.js';
import { ec2Instance, ec2KeyPair, ec2LaunchTemplateVersion, ec2Region } from '../../builders/ec2.js';
import { Ec2Region } from '../../../src/model/ec2.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-key-pair-in-use', () => {
  it('passes for a key pair used by an instance', () => {
    const k = ec2KeyPair({ region: R, keyName: 'deploy' });
    expect(statusByArn(runWith(check, { keyPairs: ok([k]), instances: ok([ec2Instance({ region: R, keyName: 'deploy' })]) }))[k.arn]).toBe(
      'PASS',
    );
  });

  it('passes for a key pair only a launch template uses, naming the template', () => {
    const k = ec2KeyPair({ region: R, keyName: 'asg-key' });
    const [r] = inRegion(
      runWith(check, {
        keyPairs: ok([k]),
        instances: ok([]),
        launchTemplateVersions: ok([
          ec2LaunchTemplateVersion({
            region: R,
            launchTemplateName: 'web-asg',
            versionNumber: 4,
            defaultVersion: false,
            keyName: 'asg-key',
          }),
        ]),
      }),
    );
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Key pair asg-key is used by 1 launch template version(s), e.g. web-asg version 4.');
  });

  it('passes through a launch template even when DescribeInstances is denied', () => {
    const k = ec2KeyPair({ region: R, keyName: 'deploy' });
    const [r] = inRegion(runWith(check, { keyPairs: ok([k]), instances: deniedEc2('ec2:DescribeInstances') }));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toContain('launch template');
  });

  it('fails for a key pair no instance or launch template uses (a terminated instance does not count)', () => {
    const k = ec2KeyPair({ region: R, keyName: 'old-laptop' });
    const instances = ok([
      ec2Instance({ region: R, keyName: 'deploy' }),
      ec2Instance({ region: R, instanceId: 'i-0gone', state: 'terminated', keyName: 'old-laptop' }),
    ]);
    const launchTemplateVersions = ok([
      ec2LaunchTemplateVersion({ region: R, keyName: 'deploy' }),
      ec2LaunchTemplateVersion({ region: R, launchTemplateId: 'lt-0nokey', keyName: null }),
    ]);
    const [r] = inRegion(runWith(check, { keyPairs: ok([k]), instances, launchTemplateVersions }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      `Key pair old-laptop is not used by any instance or by the $Latest or $Default version of any launch template in ${R}.`,
    );
  });

  it('is UNKNOWN naming the action when no instance uses the key pair and DescribeLaunchTemplateVersions is denied', () => {
    const k = ec2KeyPair({ region: R, keyName: 'asg-key' });
    const [r] = inRegion(runWith(check, { keyPairs: ok([k]), launchTemplateVersions: deniedEc2('ec2:DescribeLaunchTemplateVersions') }));
    expect(r?.resourceArn).toBe(k.arn);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeLaunchTemplateVersions');
  });

  it('still passes on an instance when DescribeLaunchTemplateVersions is denied', () => {
    const k = ec2KeyPair({ region: R, keyName: 'deploy' });
    const [r] = inRegion(runWith(check, { keyPairs: ok([k]), launchTemplateVersions: deniedEc2('ec2:DescribeLaunchTemplateVersions') }));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Key pair deploy is used by 1 instance(s), e.g. i-0a1b2c3d4e5f60001.');
  });

  it('is UNKNOWN naming the action when DescribeKeyPairs is denied', () => {
    const [r] = inRegion(runWith(check, { keyPairs: deniedEc2('ec2:DescribeKeyPairs') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeKeyPairs');
  });

  it('is UNKNOWN per key pair when DescribeInstances is denied and no launch template uses it', () => {
    const k = ec2KeyPair({ region: R });
    const [r] = inRegion(
      runWith(check, { keyPairs: ok([k]), instances: deniedEc2('ec2:DescribeInstances'), launchTemplateVersions: ok([]) }),
    );
    expect(r?.resourceArn).toBe(k.arn);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeInstances');
  });

  it('reads an older inventory without launch templates as not read, so an unused key pair is UNKNOWN, not FAIL', () => {
    const { launchTemplateVersions: _omitted, ...older } = ec2Region(R);
    const parsed = Ec2Region.parse(older);
    expect(parsed.launchTemplateVersions.ok).toBe(false);
    const k = ec2KeyPair({ region: R, keyName: 'old-laptop' });
    const [r] = inRegion(runWith(check, { keyPairs: ok([k]), launchTemplateVersions: parsed.launchTemplateVersions }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeLaunchTemplateVersions');
  });
});
