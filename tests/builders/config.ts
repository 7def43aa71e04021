import type { ConfigSection } from '../../src/model/config.js';

/** A fully compliant config section with at least one resource per kind (placeholder). */
export function compliantConfigSection(): ConfigSection {
  return {};
}
