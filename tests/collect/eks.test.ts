import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { collectEks } from '../../src/collect/eks.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const roleArn = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/eks`;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const eks = new EKSClient(seedConfig(moto, 'us-east-1'));
  try {
    await eks.send(
      new CreateClusterCommand({
        name: 'private',
        roleArn,
        version: '1.33',
        resourcesVpcConfig: { subnetIds: ['subnet-1'], endpointPublicAccess: false, endpointPrivateAccess: true },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:us-east-1:${MOTO_ACCOUNT_ID}:key/k` } }],
        logging: { clusterLogging: [{ types: ['audit', 'api'], enabled: true }] },
        tags: { team: 'platform' },
      }),
    );
    await eks.send(
      new CreateClusterCommand({
        name: 'public',
        roleArn,
        resourcesVpcConfig: { subnetIds: ['subnet-1'], endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
      }),
    );
  } finally {
    eks.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectEks', () => {
  it('records each cluster with its endpoint access, version, secrets encryption and enabled log types; an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { clusters } = await collectEks(ctx);
      expect(clusters['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = clusters['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((c) => [c.name, c]));
      expect([...byName.keys()].sort()).toEqual(['private', 'public']);
      expect(byName.get('private')).toEqual({
        arn: `arn:aws:eks:us-east-1:${MOTO_ACCOUNT_ID}:cluster/private`,
        region: 'us-east-1',
        name: 'private',
        detail: {
          ok: true,
          value: {
            version: '1.33',
            endpointPublicAccess: false,
            publicAccessCidrs: [],
            encryptedResources: ['secrets'],
            enabledLogTypes: ['api', 'audit'],
            tagKeys: ['team'],
          },
        },
      });
      // moto's default logging lists every type with enabled=false, as AWS does.
      expect(byName.get('public')?.detail).toMatchObject({
        ok: true,
        value: { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'], encryptedResources: [], enabledLogTypes: [], tagKeys: [] },
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the cluster list, or each DescribeCluster', async () => {
    const listOnly = await restrictedCredentials(moto, 'eks-lister', ['eks:ListClusters']);
    const nothing = await restrictedCredentials(moto, 'eks-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectEks(listed)).clusters['us-east-1'];
      expect(seen?.ok ? seen.value.length : 0).toBe(2);
      for (const c of seen?.ok ? seen.value : []) {
        expect(c.detail).toMatchObject({ ok: false, error: { action: 'eks:DescribeCluster', kind: 'access-denied', target: c.arn } });
      }
      expect((await collectEks(denied)).clusters['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'eks:ListClusters', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
