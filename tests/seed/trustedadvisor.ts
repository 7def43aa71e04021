/**
 * Demo Trusted Advisor: nothing to create. moto lists the checks but answers the result summaries
 * with HTTP 500 (docs/testing.md), which is what an unreadable result looks like: the check must
 * say UNKNOWN for the account, never PASS.
 */
import { MOTO_ACCOUNT_ID } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedTrustedadvisor(_moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  return Promise.resolve([
    { checkId: 'trustedadvisor-security-checks-no-alerts', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'UNKNOWN' },
  ]);
}
