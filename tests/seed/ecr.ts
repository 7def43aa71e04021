/**
 * Demo ECR in the first region: an API repository set up as the checks ask (scan on push,
 * immutable tags, a customer managed KMS key, a lifecycle policy, a policy naming only its own account) and a legacy one left
 * on the defaults with a policy that lets anyone pull. The registry keeps its default scanning
 * configuration (basic, no rules), so the repository-level scan on push setting applies.
 */
import { CreateRepositoryCommand, ECRClient, PutLifecyclePolicyCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { CreateAliasCommand, CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedEcr(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const config = { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
  const ecr = new ECRClient(config);
  const kms = new KMSClient(config);
  const policy = (principal: unknown) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: principal, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
    });
  try {
    // A rotating customer managed key for the API images (the KMS checks pass it).
    const key = (await kms.send(new CreateKeyCommand({ Description: 'demo ECR images key' }))).KeyMetadata;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/demo-ecr', TargetKeyId: key?.KeyId }));
    await kms.send(new EnableKeyRotationCommand({ KeyId: key?.KeyId }));
    await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: 'demo-api',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfiguration: { encryptionType: 'KMS', kmsKey: key?.Arn },
      }),
    );
    await ecr.send(
      new PutLifecyclePolicyCommand({
        repositoryName: 'demo-api',
        lifecyclePolicyText: JSON.stringify({
          rules: [
            {
              rulePriority: 1,
              description: 'expire untagged images',
              selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
              action: { type: 'expire' },
            },
          ],
        }),
      }),
    );
    await ecr.send(
      new SetRepositoryPolicyCommand({ repositoryName: 'demo-api', policyText: policy({ AWS: `arn:aws:iam::${MOTO_ACCOUNT_ID}:root` }) }),
    );
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'demo-legacy' }));
    await ecr.send(new SetRepositoryPolicyCommand({ repositoryName: 'demo-legacy', policyText: policy('*') }));
  } finally {
    ecr.destroy();
    kms.destroy();
  }
  const arn = (name: string) => `arn:aws:ecr:${region}:${MOTO_ACCOUNT_ID}:repository/${name}`;
  const checks = [
    'ecr-repository-image-scanning-enabled',
    'ecr-repository-tag-immutability-enabled',
    'ecr-repository-lifecycle-policy-configured',
    'ecr-repository-policy-not-public',
    'ecr-repository-encrypted-cmk',
  ];
  return [
    ...checks.map((checkId) => ({ checkId, resourceArn: arn('demo-api'), status: 'PASS' as const })),
    ...checks.map((checkId) => ({ checkId, resourceArn: arn('demo-legacy'), status: 'FAIL' as const })),
  ];
}
