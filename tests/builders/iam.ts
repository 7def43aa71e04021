import type { IamSection } from '../../src/model/iam.js';

/** A fully compliant iam section with at least one resource per kind (placeholder). */
export function compliantIamSection(): IamSection {
  return {};
}
