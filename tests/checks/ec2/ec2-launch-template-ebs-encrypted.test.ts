import { describe, it, expect } from 'vitest';
import { ec2LaunchTemplateEbsEncrypted as check } from '../../../src/checks/ec2/ec2-launch-template-ebs-encrypted.js';
import { LABEL, runTemplate } from './launch-template-cases.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-launch-template-ebs-encrypted', () => {
  it('passes encrypted, unset and absent EBS mappings as AWS documents the control', () => {
    expect(runTemplate(check, {})[0]).toMatchObject({
      status: 'PASS',
      reason: `${LABEL} does not turn off encryption for its 1 EBS volume.`,
    });
    expect(runTemplate(check, { blockDeviceMappings: [{ deviceName: '/dev/sdb', ebs: true, encrypted: null }] })[0]).toMatchObject({
      status: 'PASS',
      reason: `${LABEL} does not turn off encryption for its 1 EBS volume (1 leave Encrypted unset, following the account default).`,
    });
    expect(runTemplate(check, { blockDeviceMappings: [] })[0]?.reason).toBe(`${LABEL} configures no EBS volumes.`);
  });
  it('fails a mapping with Encrypted false', () => {
    expect(runTemplate(check, { blockDeviceMappings: [{ deviceName: '/dev/sdb', ebs: true, encrypted: false }] })[0]).toMatchObject({
      status: 'FAIL',
      reason: `${LABEL} sets Encrypted to false for /dev/sdb.`,
    });
  });
  it('is UNKNOWN when not recorded or denied', () => {
    expect(runTemplate(check, null)[0]?.status).toBe('UNKNOWN');
    expect(inRegion(runWith(check, { launchTemplateVersions: deniedEc2('ec2:DescribeLaunchTemplateVersions', R) }))[0]?.reason).toContain(
      'ec2:DescribeLaunchTemplateVersions',
    );
  });
});
