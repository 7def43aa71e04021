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

  const cis = (standardsStatus: string) =>
    securityHubRegion('us-east-1', {
      enabledStandards: ok([
        {
          standardsArn: 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0',
          standardsSubscriptionArn: 'x',
          standardsStatus,
        },
      ]),
    });

  it('fails where no standard is enabled, or only incompletely enabled or disabling ones', () => {
    expect(inUs(securityHubRegion('us-east-1', { enabledStandards: ok([]) }))?.reason).toBe(
      'Security Hub in us-east-1 has no active security standard.',
    );
    expect(inUs(cis('INCOMPLETE'))?.status).toBe('FAIL');
    expect(inUs(cis('DELETING'))?.status).toBe('FAIL');
  });

  it('passes a FAILED subscription: AWS uses FAILED for a standard that could not be *disabled*, so it is still enabled', () => {
    expect(inUs(cis('FAILED'))?.status).toBe('PASS');
  });

  it('is unknown when GetEnabledStandards failed (moto answers 404)', () => {
    const r = inUs(
      securityHubRegion('us-east-1', { enabledStandards: denied('securityhub:GetEnabledStandards', { region: 'us-east-1' }) }),
    );
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('securityhub:GetEnabledStandards');
  });
});
