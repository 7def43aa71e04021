/** Demo Security Hub: never enabled, so every region fails both checks (nothing to create). */
import { MOTO_ACCOUNT_ID } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedSecurityHub(_moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  return regions.flatMap((region) =>
    ['securityhub-hub-enabled', 'securityhub-standards-enabled'].map((checkId) => ({
      checkId,
      resourceArn: `arn:aws:securityhub:${region}:${MOTO_ACCOUNT_ID}:account`,
      status: 'FAIL' as const,
    })),
  );
}
