import { describe, expect, it } from 'vitest';
import { securityhubStandardsEnabled as check } from '../../../src/checks/securityhub/securityhub-standards-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { compliantSecurityHubSection, securityHubRegion } from '../../builders/securityhub.js';

const inUs = (region: ReturnType<typeof securityHubRegion>) => {
  const section = compliantSecurityHubSection();
  section.regions['us-east-1'] = region;
  return run(check, buildInventory({ securityhub: section })).find((x) => x.region === 'us-east-1');
};

describe('securityhub-standards-enabled', () => {
  it('passes where a standard is READY', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
  });

  it('fails where the hub is off', () => {
    expect(inUs({ hub: ok(null), enabledStandards: null })?.status).toBe('FAIL');
  });

  it('fails where no standard is enabled, or only failed ones', () => {
    expect(inUs(securityHubRegion('us-east-1', { enabledStandards: ok([]) }))?.reason).toBe('Security Hub in us-east-1 has no active security standard.');
    const failed = inUs(
      securityHubRegion('us-east-1', { enabledStandards: ok([{ standardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0', standardsSubscriptionArn: 'x', standardsStatus: 'FAILED' }]) }),
    );
    expect(failed?.status).toBe('FAIL');
  });

  it('is unknown when GetEnabledStandards failed (moto answers 404)', () => {
    const r = inUs(securityHubRegion('us-east-1', { enabledStandards: denied('securityhub:GetEnabledStandards', { region: 'us-east-1' }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('securityhub:GetEnabledStandards');
  });
});
