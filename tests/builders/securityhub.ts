import type { SecurityHubSection } from '../../src/model/securityhub.js';

/** A fully compliant securityhub section with at least one resource per kind (placeholder). */
export function compliantSecurityHubSection(): SecurityHubSection {
  return {};
}
