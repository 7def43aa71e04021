import { describe, it, expect } from 'vitest';
import { ec2LaunchTemplateImdsv2Required as check } from '../../../src/checks/ec2/ec2-launch-template-imdsv2-required.js';
import { LABEL, runTemplate } from './launch-template-cases.js';
import { deniedEc2, inRegion, R, runWith } from './helpers.js';

describe('ec2-launch-template-imdsv2-required', () => {
  it('passes a default version with HttpTokens required', () => {
    expect(runTemplate(check, {})[0]).toMatchObject({ status: 'PASS', reason: `${LABEL} requires IMDSv2 (HttpTokens required).` });
  });
  it('fails HttpTokens optional and HttpTokens unset', () => {
    expect(runTemplate(check, { httpTokens: 'optional' })[0]).toMatchObject({
      status: 'FAIL',
      reason: `${LABEL} sets HttpTokens to optional.`,
    });
    expect(runTemplate(check, { httpTokens: null })[0]).toMatchObject({
      status: 'FAIL',
      reason: `${LABEL} does not set HttpTokens, so IMDSv1 follows the AMI's default.`,
    });
  });
  it('is UNKNOWN when not recorded or denied', () => {
    expect(runTemplate(check, null)[0]?.status).toBe('UNKNOWN');
    expect(inRegion(runWith(check, { launchTemplateVersions: deniedEc2('ec2:DescribeLaunchTemplateVersions', R) }))[0]?.reason).toContain(
      'ec2:DescribeLaunchTemplateVersions',
    );
  });
});
