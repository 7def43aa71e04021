import type { KmsSection } from '../../src/model/kms.js';

/** A fully compliant kms section with at least one resource per kind (placeholder). */
export function compliantKmsSection(): KmsSection {
  return {};
}
