import { describe, expect, it } from 'vitest';
import { autoscalingLaunchConfigurationImdsv2Required as check } from '../../../src/checks/autoscaling/autoscaling-launch-configuration-imdsv2-required.js';
import { buildInventory, run } from '../../builders/index.js';
import { deniedList, oneConfiguration } from './helpers.js';

describe('autoscaling-launch-configuration-imdsv2-required', () => {
  it('passes a configuration with HttpTokens required', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(oneConfiguration(check, {})?.reason).toBe('Launch configuration lc requires IMDSv2 (HttpTokens required).');
  });

  it('fails a configuration with HttpTokens optional', () => {
    const r = oneConfiguration(check, { httpTokens: 'optional' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Launch configuration lc sets HttpTokens to optional, so its instances accept IMDSv1.');
  });

  it('fails a configuration without metadata options', () => {
    const r = oneConfiguration(check, { httpTokens: null, httpEndpoint: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Launch configuration lc sets no metadata options, so its instances accept IMDSv1.');
  });

  it('is UNKNOWN for the region when autoscaling:DescribeLaunchConfigurations is denied', () => {
    const [r] = deniedList(check, 'launchConfigurations', 'autoscaling:DescribeLaunchConfigurations');
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('autoscaling:DescribeLaunchConfigurations');
  });
});
