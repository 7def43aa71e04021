import type { CloudTrailSection } from '../../src/model/cloudtrail.js';

/** A fully compliant cloudtrail section with at least one resource per kind (placeholder). */
export function compliantCloudTrailSection(): CloudTrailSection {
  return {};
}
