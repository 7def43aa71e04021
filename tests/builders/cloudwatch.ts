import type { CloudWatchSection } from '../../src/model/cloudwatch.js';

/** A fully compliant cloudwatch section with at least one resource per kind (placeholder). */
export function compliantCloudWatchSection(): CloudWatchSection {
  return {};
}
