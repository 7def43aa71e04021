import type { IdentityCenterSection } from '../../src/model/identitycenter.js';

/** A fully compliant identitycenter section with at least one resource per kind (placeholder). */
export function compliantIdentityCenterSection(): IdentityCenterSection {
  return {};
}
