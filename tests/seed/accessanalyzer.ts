/**
 * Nothing to seed: moto has no Access Analyzer backend, so ListAnalyzers fails in every region and
 * the scanner must say UNKNOWN there (never PASS, never FAIL).
 */
import { MOTO_ACCOUNT_ID } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedAccessAnalyzer(_moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  return regions.map((region) => ({
    checkId: 'accessanalyzer-external-access-analyzer-enabled',
    resourceArn: `arn:aws:access-analyzer:${region}:${MOTO_ACCOUNT_ID}:account`,
    status: 'UNKNOWN' as const,
  }));
}
