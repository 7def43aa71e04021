/**
 * Nothing to seed: moto always has an ACTIVE IAM Identity Center instance in every region, so the
 * centralised identity check passes on it (its FAIL path is unit-tested on built inventories).
 */
import { MOTO_ACCOUNT_ID } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedIdentityCenter(_moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  return [{ checkId: 'identitycenter-centralized-identity-enabled', resourceArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`, status: 'PASS' }];
}
