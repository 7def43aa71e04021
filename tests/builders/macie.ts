import type { MacieSection } from '../../src/model/macie.js';

/** A fully compliant macie section with at least one resource per kind (placeholder). */
export function compliantMacieSection(): MacieSection {
  return {};
}
