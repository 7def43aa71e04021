import { describe, expect, it } from 'vitest';
import { autoscalingGroupLaunchTemplateImdsv2Required as check } from '../../../src/checks/autoscaling/autoscaling-group-launch-template-imdsv2-required.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { autoscalingTemplateData } from '../../builders/autoscaling.js';
import { deniedList, oneGroup } from './helpers.js';

describe('autoscaling-group-launch-template-imdsv2-required', () => {
  it('passes a group whose template version requires IMDSv2', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneGroup(check, {})?.reason).toBe(
      'Auto Scaling group g uses launch template lt-0123 (web) version $Latest (3), which requires IMDSv2 (HttpTokens required).',
    );
  });

  it('passes a template that turns the metadata service off', () => {
    const r = oneGroup(check, { launchTemplateData: ok(autoscalingTemplateData({ httpTokens: 'optional', httpEndpoint: 'disabled' })) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe(
      'Auto Scaling group g uses launch template lt-0123 (web) version $Latest (3), which turns the instance metadata service off.',
    );
  });

  it('fails a template with HttpTokens optional', () => {
    const r = oneGroup(check, { launchTemplateData: ok(autoscalingTemplateData({ httpTokens: 'optional' })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Auto Scaling group g uses launch template lt-0123 (web) version $Latest (3), which sets HttpTokens to optional, so its instances accept IMDSv1.',
    );
  });

  it('fails a template that does not set HttpTokens', () => {
    const r = oneGroup(check, { launchTemplateData: ok(autoscalingTemplateData({ httpTokens: null, httpEndpoint: null })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Auto Scaling group g uses launch template lt-0123 (web) version $Latest (3), which does not set HttpTokens, so the AMI and account defaults decide whether IMDSv1 is accepted.',
    );
  });

  it('is NOT_APPLICABLE for a group with a launch configuration', () => {
    const r = oneGroup(check, { launchTemplate: null, launchConfigurationName: 'lc', launchTemplateData: ok(null) });
    expect(r?.status).toBe('NOT_APPLICABLE');
  });

  it('is UNKNOWN when ec2:DescribeLaunchTemplateVersions is denied, and when the group list is', () => {
    const r = oneGroup(check, { launchTemplateData: denied('ec2:DescribeLaunchTemplateVersions') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeLaunchTemplateVersions');
    const [l] = deniedList(check, 'groups', 'autoscaling:DescribeAutoScalingGroups');
    expect(l?.status).toBe('UNKNOWN');
  });
});
