/**
 * Seeds Macie in moto: moto reports a Macie session ENABLED in every region by default, so the
 * demo account disables it in the second region (a region somebody forgot).
 */
import { DisableMacieCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const accountArn = (region: string) => `arn:aws:macie2:${region}:${MOTO_ACCOUNT_ID}:account`;

export async function seedMacie(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const [first, second] = regions;
  if (!first) return [];
  const expected: ExpectedFinding[] = [{ checkId: 'macie-account-enabled', resourceArn: accountArn(first), status: 'PASS' }];
  if (!second) return expected;
  const macie = new Macie2Client({ endpoint: moto.endpoint, region: second, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    await macie.send(new DisableMacieCommand({}));
  } finally {
    macie.destroy();
  }
  expected.push({ checkId: 'macie-account-enabled', resourceArn: accountArn(second), status: 'FAIL' });
  return expected;
}
