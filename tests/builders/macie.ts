import type { MacieSection, MacieSession } from '../../src/model/macie.js';
import { REGIONS, daysAgo, ok } from './common.js';

/** An ENABLED Macie session unless overridden. */
export function macieSession(overrides: Partial<MacieSession> = {}): MacieSession {
  return {
    status: 'ENABLED',
    createdAt: daysAgo(200),
    updatedAt: daysAgo(10),
    automatedDiscoveryStatus: ok('ENABLED'),
    administratorAccountId: ok(null),
    ...overrides,
  };
}

/** A fully compliant macie section: Macie ENABLED in every region. */
export function compliantMacieSection(): MacieSection {
  return { sessions: Object.fromEntries(REGIONS.map((r) => [r, ok(macieSession())])) };
}
