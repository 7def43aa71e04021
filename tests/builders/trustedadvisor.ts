import type { TrustedAdvisorCheck, TrustedadvisorSection } from '../../src/model/trustedadvisor.js';
import { ACCOUNT_ID, daysAgo, ok } from './common.js';

/** A compliant Trusted Advisor security check: green, nothing flagged, refreshed yesterday. */
export function taCheck(id: string, name: string, overrides: Partial<TrustedAdvisorCheck> = {}): TrustedAdvisorCheck {
  return {
    arn: `arn:aws:trustedadvisor::${ACCOUNT_ID}:checks/security/${id}`,
    id,
    name,
    status: 'ok',
    resourcesFlagged: 0,
    resourcesProcessed: 12,
    refreshedAt: daysAgo(1),
    ...overrides,
  };
}

export function trustedadvisorSection(checks: TrustedAdvisorCheck[]): TrustedadvisorSection {
  return { securityChecks: ok(checks) };
}

export function compliantTrustedadvisorSection(): TrustedadvisorSection {
  return trustedadvisorSection([taCheck('7DAFEmoDos', 'MFA on Root Account'), taCheck('12Fnkpl8Y5', 'Exposed Access Keys')]);
}
