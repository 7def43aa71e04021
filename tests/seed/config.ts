/**
 * Demo AWS Config: set up half-way in the first region (a recorder was created but never started
 * and has no delivery channel) and absent everywhere else.
 */
import { ConfigServiceClient, PutConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedConfig(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const first = regions[0] ?? 'us-east-1';
  const client = new ConfigServiceClient({ endpoint: moto.endpoint, region: first, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    await client.send(
      new PutConfigurationRecorderCommand({
        ConfigurationRecorder: {
          name: 'demo-recorder',
          roleARN: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        },
      }),
    );
  } finally {
    client.destroy();
  }
  return regions.map((region) => ({
    checkId: 'config-recorder-enabled',
    resourceArn: `arn:aws:config:${region}:${MOTO_ACCOUNT_ID}:account`,
    status: 'FAIL' as const,
  }));
}
