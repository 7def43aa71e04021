import type { ShieldSection } from '../../src/model/shield.js';
import { ACCOUNT_ID, ok } from './common.js';

/** Subscribed to Shield Advanced, protecting the builders' CloudFront distribution. */
export function compliantShieldSection(overrides: Partial<ShieldSection> = {}): ShieldSection {
  return {
    subscription: ok({ startTime: '2026-01-01T00:00:00.000Z', endTime: null }),
    protectedResourceArns: ok([`arn:aws:cloudfront::${ACCOUNT_ID}:distribution/E1DIST`]),
    ...overrides,
  };
}

export function unsubscribedShieldSection(): ShieldSection {
  return { subscription: ok(null), protectedResourceArns: ok(null) };
}
