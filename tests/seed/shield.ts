/**
 * Demo Shield: nothing is seeded. The demo account has no Shield Advanced subscription (a fact the
 * collector records as null), and moto's DescribeSubscription answer after CreateSubscription does
 * not parse (docs/testing.md), so a subscribed account is covered by the collector's mocked test.
 * What the subscription means for distributions is asserted by the CloudFront seeder
 * (cloudfront-distribution-waf-or-shield-protected).
 */
import type { ExpectedFinding } from './expected.js';

export function seedShield(_moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  return Promise.resolve([]);
}
