/**
 * The demo account is a standalone account: no organization is created, so it has no SCP
 * guardrails (organizations-service-control-policies-in-use is then NOT_APPLICABLE, which an
 * ExpectedFinding cannot express, so only the membership FAIL is asserted).
 */
import { MOTO_ACCOUNT_ID } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedOrganizations(_moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  return [{ checkId: 'organizations-account-in-organization', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'FAIL' }];
}
