/** Demo GuardDuty: enabled in the first region only, as happens when it is switched on from the console once. */
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedGuardDuty(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const [first, ...others] = regions;
  if (!first) return [];
  const client = new GuardDutyClient({ endpoint: moto.endpoint, region: first, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  let detectorId: string;
  try {
    detectorId = (await client.send(new CreateDetectorCommand({ Enable: true, FindingPublishingFrequency: 'SIX_HOURS' }))).DetectorId ?? '';
  } finally {
    client.destroy();
  }
  return [
    {
      checkId: 'guardduty-detector-enabled',
      resourceArn: `arn:aws:guardduty:${first}:${MOTO_ACCOUNT_ID}:detector/${detectorId}`,
      status: 'PASS',
    },
    ...others.map((region) => ({
      checkId: 'guardduty-detector-enabled',
      resourceArn: `arn:aws:guardduty:${region}:${MOTO_ACCOUNT_ID}:account`,
      status: 'FAIL' as const,
    })),
  ];
}
