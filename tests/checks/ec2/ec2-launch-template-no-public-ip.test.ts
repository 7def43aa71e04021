import { describe, it, expect } from 'vitest';
import { ec2LaunchTemplateNoPublicIp as check } from '../../../src/checks/ec2/ec2-launch-template-no-public-ip.js';
import { LABEL, runTemplate } from './launch-template-cases.js';
import { deniedEc2, inRegion, runWith } from './helpers.js';

describe('ec2-launch-template-no-public-ip', () => {
  it('passes a default version that assigns no public IP', () => {
    expect(runTemplate(check, {})[0]).toMatchObject({
      status: 'PASS',
      reason: `${LABEL} does not assign public IP addresses to network interfaces.`,
    });
    expect(runTemplate(check, { networkInterfaces: [{ associatePublicIpAddress: null }] })[0]?.status).toBe('PASS');
  });
  it('fails a default version that assigns one', () => {
    expect(runTemplate(check, { networkInterfaces: [{ associatePublicIpAddress: true }] })[0]).toMatchObject({
      status: 'FAIL',
      reason: `${LABEL} assigns a public IP address to 1 network interface.`,
    });
  });
  it('judges only the default version; UNKNOWN when not recorded or denied', () => {
    expect(runTemplate(check, { networkInterfaces: [{ associatePublicIpAddress: true }] }, { defaultVersion: false })).toEqual([]);
    expect(runTemplate(check, null)[0]?.reason).toContain('ec2:DescribeLaunchTemplateVersions');
    expect(inRegion(runWith(check, { launchTemplateVersions: deniedEc2('ec2:DescribeLaunchTemplateVersions') }))[0]?.status).toBe(
      'UNKNOWN',
    );
  });
});
