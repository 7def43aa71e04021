import { describe, expect, it } from 'vitest';
import { autoscalingGroupLaunchTemplateNoPublicIp as check } from '../../../src/checks/autoscaling/autoscaling-group-launch-template-no-public-ip.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { autoscalingTemplateData } from '../../builders/autoscaling.js';
import { deniedList, oneGroup } from './helpers.js';

describe('autoscaling-group-launch-template-no-public-ip', () => {
  it('passes a template that does not assign public IPs, or leaves it to the subnet', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneGroup(check, {})?.reason).toBe(
      'Auto Scaling group g uses launch template lt-0123 (web) version $Latest (3), which does not assign public IP addresses.',
    );
    const unset = oneGroup(check, {
      launchTemplateData: ok(autoscalingTemplateData({ associatePublicIpAddress: null, versionNumber: null })),
    });
    expect(unset?.reason).toBe(
      "Auto Scaling group g uses launch template lt-0123 (web) version $Latest, which does not ask for public IP addresses (the subnet's auto-assign setting applies).",
    );
  });

  it('fails a template that assigns public IPs', () => {
    const r = oneGroup(check, { launchTemplateData: ok(autoscalingTemplateData({ associatePublicIpAddress: true })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Auto Scaling group g uses launch template lt-0123 (web) version $Latest (3), which assigns public IP addresses to its instances.',
    );
  });

  it('is NOT_APPLICABLE for a group with a launch configuration', () => {
    const r = oneGroup(check, { launchTemplate: null, launchConfigurationName: 'lc', launchTemplateData: ok(null) });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('Auto Scaling group g launches from a launch configuration, not a launch template.');
  });

  it('is UNKNOWN when ec2:DescribeLaunchTemplateVersions is denied, and when the group list is', () => {
    const r = oneGroup(check, { launchTemplateData: denied('ec2:DescribeLaunchTemplateVersions') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('ec2:DescribeLaunchTemplateVersions');
    const [l] = deniedList(check, 'groups', 'autoscaling:DescribeAutoScalingGroups');
    expect(l?.status).toBe('UNKNOWN');
  });
});
