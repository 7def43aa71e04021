/**
 * Demo KMS keys in the first region: an application key that never had rotation turned on, an
 * old key someone scheduled for deletion, a compliant rotating key, and a key shared with "everyone"
 * by a key policy written in a hurry.
 */
import { CreateAliasCommand, CreateKeyCommand, EnableKeyRotationCommand, KMSClient, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedKms(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const kms = new KMSClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const create = async (alias: string, description: string, policy?: string) => {
    const meta = (
      await kms.send(new CreateKeyCommand({ Description: description, Policy: policy, Tags: [{ TagKey: 'app', TagValue: 'demo' }] }))
    ).KeyMetadata;
    await kms.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: meta?.KeyId }));
    return { id: meta?.KeyId ?? '', arn: meta?.Arn ?? '' };
  };
  try {
    const noRotation = await create('alias/demo-app-data', 'demo application data key');
    const doomed = await create('alias/demo-legacy', 'demo legacy key, to be retired');
    // By key id: moto rejects a key ARN here (AWS accepts both).
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: doomed.id, PendingWindowInDays: 30 }));
    const rotating = await create('alias/demo-secure', 'demo key with rotation');
    await kms.send(new EnableKeyRotationCommand({ KeyId: rotating.id }));
    const shared = await create(
      'alias/demo-shared',
      'demo key shared with a partner',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'PartnerDecrypt', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }],
      }),
    );
    await kms.send(new EnableKeyRotationCommand({ KeyId: shared.id }));
    return [
      // moto's default key policy names the account root: not public.
      { checkId: 'kms-key-not-publicly-accessible', resourceArn: rotating.arn, status: 'PASS' },
      { checkId: 'kms-key-not-publicly-accessible', resourceArn: shared.arn, status: 'FAIL' },
      { checkId: 'kms-key-rotation-enabled', resourceArn: noRotation.arn, status: 'FAIL' },
      { checkId: 'kms-key-not-pending-deletion', resourceArn: noRotation.arn, status: 'PASS' },
      // A key pending deletion is out of scope for rotation (it is not Enabled).
      { checkId: 'kms-key-not-pending-deletion', resourceArn: doomed.arn, status: 'FAIL' },
      { checkId: 'kms-key-rotation-enabled', resourceArn: rotating.arn, status: 'PASS' },
      { checkId: 'kms-key-not-pending-deletion', resourceArn: rotating.arn, status: 'PASS' },
    ];
  } finally {
    kms.destroy();
  }
}
