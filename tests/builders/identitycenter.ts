import type { IdentityCenterInstance, IdentityCenterSection } from '../../src/model/identitycenter.js';
import { ACCOUNT_ID, REGIONS, daysAgo, ok } from './common.js';

/** An active Identity Center instance (compliant). */
export function identityCenterInstance(region: string, overrides: Partial<IdentityCenterInstance> = {}): IdentityCenterInstance {
  return {
    arn: 'arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6',
    region,
    identityStoreId: 'd-9067a1b2c3',
    ownerAccountId: ACCOUNT_ID,
    status: 'ACTIVE',
    createdDate: daysAgo(400),
    ...overrides,
  };
}

/**
 * The same instance listed in both regions: a multi-region Identity Center instance is visible in
 * its primary and its replica regions.
 */
export function compliantIdentityCenterSection(): IdentityCenterSection {
  return { instances: Object.fromEntries(REGIONS.map((r) => [r, ok([identityCenterInstance(r)])])) };
}
