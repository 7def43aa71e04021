import type { AccessAnalyzerAnalyzer, AccessAnalyzerSection } from '../../src/model/accessanalyzer.js';
import { REGIONS, arn, ok } from './common.js';

/** An active account-level external access analyzer (compliant). */
export function accessAnalyzer(region: string, overrides: Partial<AccessAnalyzerAnalyzer> = {}): AccessAnalyzerAnalyzer {
  const name = overrides.name ?? `external-access-${region}`;
  return {
    arn: arn('access-analyzer', region, `analyzer/${name}`),
    region,
    name,
    type: 'ACCOUNT',
    status: 'ACTIVE',
    tags: { owner: 'security' },
    ...overrides,
  };
}

/** One active external access analyzer in each region. */
export function compliantAccessAnalyzerSection(): AccessAnalyzerSection {
  return { analyzers: Object.fromEntries(REGIONS.map((r) => [r, ok([accessAnalyzer(r)])])) };
}
