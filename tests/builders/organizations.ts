import type { OrganizationsSection } from '../../src/model/organizations.js';

/** A fully compliant organizations section with at least one resource per kind (placeholder). */
export function compliantOrganizationsSection(): OrganizationsSection {
  return {};
}
