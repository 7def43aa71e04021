import type { SecurityHubRegion, SecurityHubSection } from '../../src/model/securityhub.js';
import { NOW, arn, ok } from './common.js';
import { REGIONS } from './common.js';

export function securityHubRegion(region: string, overrides: Partial<SecurityHubRegion> = {}): SecurityHubRegion {
  return {
    hub: ok({ arn: arn('securityhub', region, 'hub/default'), region, subscribedAt: NOW.toISOString() }),
    enabledStandards: ok([
      {
        standardsArn: `arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`,
        standardsSubscriptionArn: arn('securityhub', region, 'subscription/aws-foundational-security-best-practices/v/1.0.0'),
        standardsStatus: 'READY',
      },
    ]),
    ...overrides,
  };
}

export function compliantSecurityHubSection(): SecurityHubSection {
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, securityHubRegion(r)])) };
}
