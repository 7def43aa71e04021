import type { GuardDutySection } from '../../src/model/guardduty.js';

/** A fully compliant guardduty section with at least one resource per kind (placeholder). */
export function compliantGuardDutySection(): GuardDutySection {
  return {};
}
