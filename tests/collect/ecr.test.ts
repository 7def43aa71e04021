import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateRepositoryCommand,
  ECRClient,
  PutLifecyclePolicyCommand,
  PutRegistryScanningConfigurationCommand,
  SetRepositoryPolicyCommand,
} from '@aws-sdk/client-ecr';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { collectEcr } from '../../src/collect/ecr.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let keyArn = '';
const repoArn = (region: string, name: string) => `arn:aws:ecr:${region}:${MOTO_ACCOUNT_ID}:repository/${name}`;
const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage'] }],
};
const LIFECYCLE = {
  rules: [
    {
      rulePriority: 1,
      selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 },
      action: { type: 'expire' },
    },
  ],
};

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  keyArn = (await new KMSClient(seedConfig(moto, 'us-east-1')).send(new CreateKeyCommand({}))).KeyMetadata?.Arn ?? '';
  const east = new ECRClient(seedConfig(moto, 'us-east-1'));
  await east.send(
    new CreateRepositoryCommand({
      repositoryName: 'hardened',
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: keyArn },
    }),
  );
  await east.send(new PutLifecyclePolicyCommand({ repositoryName: 'hardened', lifecyclePolicyText: JSON.stringify(LIFECYCLE) }));
  await east.send(new CreateRepositoryCommand({ repositoryName: 'open' }));
  await east.send(new SetRepositoryPolicyCommand({ repositoryName: 'open', policyText: JSON.stringify(POLICY) }));
  // eu-west-1: registry scanning rules decide, not the repository setting.
  const west = new ECRClient(seedConfig(moto, 'eu-west-1'));
  await west.send(new CreateRepositoryCommand({ repositoryName: 'scanned' }));
  await west.send(
    new PutRegistryScanningConfigurationCommand({
      scanType: 'BASIC',
      rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'scan*', filterType: 'WILDCARD' }] }],
    }),
  );
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectEcr', () => {
  it('records repositories with encryption, scanning, tag mutability, lifecycle and repository policies, and the registry scanning configuration', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1', 'ap-south-1']);
    try {
      const { regions } = await collectEcr(ctx);
      expect(regions['us-east-1']).toEqual({
        repositories: {
          ok: true,
          value: [
            {
              name: 'hardened',
              arn: repoArn('us-east-1', 'hardened'),
              region: 'us-east-1',
              scanOnPush: true,
              imageTagMutability: 'IMMUTABLE',
              encryptionType: 'KMS',
              kmsKey: keyArn,
              // moto does not carry the repository-level scan on push into this answer (AWS does).
              scanning: { ok: true, value: { scanOnPush: false, scanFrequency: 'MANUAL' } },
              lifecyclePolicy: { ok: true, value: { ruleCount: 1 } },
              policy: { ok: true, value: null },
            },
            {
              name: 'open',
              arn: repoArn('us-east-1', 'open'),
              region: 'us-east-1',
              scanOnPush: false,
              imageTagMutability: 'MUTABLE',
              encryptionType: 'AES256',
              kmsKey: null,
              scanning: { ok: true, value: { scanOnPush: false, scanFrequency: 'MANUAL' } },
              lifecyclePolicy: { ok: true, value: null },
              policy: { ok: true, value: POLICY },
            },
          ],
        },
        registryScanning: { ok: true, value: { scanType: 'BASIC', ruleCount: 0 } },
      });
      expect(regions['eu-west-1']).toMatchObject({
        repositories: { ok: true, value: [{ name: 'scanned', scanning: { ok: true, value: { scanFrequency: 'SCAN_ON_PUSH' } } }] },
        registryScanning: { ok: true, value: { scanType: 'BASIC', ruleCount: 1 } },
      });
      expect(regions['ap-south-1']).toEqual({
        repositories: { ok: true, value: [] },
        registryScanning: { ok: true, value: { scanType: 'BASIC', ruleCount: 0 } },
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the repository list, or each repository read', async () => {
    const listOnly = await restrictedCredentials(moto, 'ecr-lister', ['ecr:DescribeRepositories']);
    const nothing = await restrictedCredentials(moto, 'ecr-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const region = (await collectEcr(listed)).regions['us-east-1'];
      expect(region?.repositories).toMatchObject({
        ok: true,
        value: [
          {
            name: 'hardened',
            scanning: { ok: false, error: { action: 'ecr:BatchGetRepositoryScanningConfiguration', kind: 'access-denied' } },
            lifecyclePolicy: { ok: false, error: { action: 'ecr:GetLifecyclePolicy', kind: 'access-denied' } },
            policy: { ok: false, error: { action: 'ecr:GetRepositoryPolicy', kind: 'access-denied' } },
          },
          { name: 'open', scanning: { ok: false } },
        ],
      });
      expect(region?.registryScanning).toMatchObject({
        ok: false,
        error: { action: 'ecr:GetRegistryScanningConfiguration', kind: 'access-denied' },
      });
      expect((await collectEcr(denied)).regions['us-east-1']?.repositories).toMatchObject({
        ok: false,
        error: { action: 'ecr:DescribeRepositories', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
