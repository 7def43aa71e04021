import type { Ec2Section } from '../../src/model/ec2.js';

/** A fully compliant ec2 section with at least one resource per kind (placeholder). */
export function compliantEc2Section(): Ec2Section {
  return {};
}
