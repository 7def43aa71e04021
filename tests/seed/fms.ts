/** Demo fms: resources created in moto for the demo account and the end-to-end scan. */
import type { ExpectedFinding } from './expected.js';

/**
 * Create the resources the fms checks should judge (one compliant, one not, per check), and
 * return the findings the scan must then report. Nothing is seeded yet.
 */
export async function seedFms(_moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  return [];
}
