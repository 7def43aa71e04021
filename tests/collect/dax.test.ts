import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateClusterCommand, DAXClient } from '@aws-sdk/client-dax';
import { collectDax } from '../../src/collect/dax.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const role = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/dax`;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const dax = new DAXClient(seedConfig(moto, 'us-east-1'));
  try {
    await dax.send(
      new CreateClusterCommand({
        ClusterName: 'secure',
        NodeType: 'dax.t3.small',
        ReplicationFactor: 1,
        IamRoleArn: role,
        SSESpecification: { Enabled: true },
        ClusterEndpointEncryptionType: 'TLS',
      }),
    );
    await dax.send(new CreateClusterCommand({ ClusterName: 'plain', NodeType: 'dax.t3.small', ReplicationFactor: 1, IamRoleArn: role }));
  } finally {
    dax.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectDax', () => {
  it('records each cluster with its encryption at rest and in transit, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { clusters } = await collectDax(ctx);
      expect(clusters['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = clusters['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((c) => [c.name, c]));
      expect(byName.get('secure')).toEqual({
        arn: `arn:aws:dax:us-east-1:${MOTO_ACCOUNT_ID}:cache/secure`,
        region: 'us-east-1',
        name: 'secure',
        sseStatus: 'ENABLED',
        endpointEncryptionType: 'TLS',
      });
      expect(byName.get('plain')).toMatchObject({ sseStatus: 'DISABLED', endpointEncryptionType: 'NONE' });
    } finally {
      ctx.close();
    }
  });

  it('records a denied DescribeClusters as an access-denied ReadError for the region', async () => {
    const nothing = await restrictedCredentials(moto, 'dax-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      expect((await collectDax(denied)).clusters['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'dax:DescribeClusters', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
