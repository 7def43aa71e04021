import { describe, expect, it } from 'vitest';
import { autoscalingLaunchConfigurationNoPublicIp as check } from '../../../src/checks/autoscaling/autoscaling-launch-configuration-no-public-ip.js';
import { buildInventory, run } from '../../builders/index.js';
import { deniedList, oneConfiguration } from './helpers.js';

describe('autoscaling-launch-configuration-no-public-ip', () => {
  it('passes a configuration that does not assign public IPs, or leaves it to the subnet', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneConfiguration(check, {})?.reason).toBe('Launch configuration lc does not assign public IP addresses.');
    const unset = oneConfiguration(check, { associatePublicIpAddress: null });
    expect(unset?.status).toBe('PASS');
    expect(unset?.reason).toBe("Launch configuration lc does not ask for public IP addresses (the subnet's auto-assign setting applies).");
  });

  it('fails a configuration that assigns public IPs', () => {
    const r = oneConfiguration(check, { associatePublicIpAddress: true });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Launch configuration lc assigns public IP addresses to its instances.');
  });

  it('is UNKNOWN for the region when autoscaling:DescribeLaunchConfigurations is denied', () => {
    const [r] = deniedList(check, 'launchConfigurations', 'autoscaling:DescribeLaunchConfigurations');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('autoscaling:DescribeLaunchConfigurations');
  });
});
