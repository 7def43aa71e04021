import type { S3Section } from '../../src/model/s3.js';

/** A fully compliant s3 section with at least one resource per kind (placeholder). */
export function compliantS3Section(): S3Section {
  return {};
}
