/** Demo DAX clusters in the first region: one encrypted at rest and in transit, one with neither. */
import { CreateClusterCommand, DAXClient } from '@aws-sdk/client-dax';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedDax(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const dax = new DAXClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const role = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/demo-dax`;
  try {
    const base = { NodeType: 'dax.t3.small', ReplicationFactor: 1, IamRoleArn: role };
    await dax.send(
      new CreateClusterCommand({
        ...base,
        ClusterName: 'demo-cache',
        SSESpecification: { Enabled: true },
        ClusterEndpointEncryptionType: 'TLS',
      }),
    );
    await dax.send(new CreateClusterCommand({ ...base, ClusterName: 'demo-cache-plain' }));
    const good = `arn:aws:dax:${region}:${MOTO_ACCOUNT_ID}:cache/demo-cache`;
    const bad = `arn:aws:dax:${region}:${MOTO_ACCOUNT_ID}:cache/demo-cache-plain`;
    return [
      { checkId: 'dax-cluster-encrypted-at-rest', resourceArn: good, status: 'PASS' },
      { checkId: 'dax-cluster-encrypted-in-transit', resourceArn: good, status: 'PASS' },
      { checkId: 'dax-cluster-encrypted-at-rest', resourceArn: bad, status: 'FAIL' },
      { checkId: 'dax-cluster-encrypted-in-transit', resourceArn: bad, status: 'FAIL' },
    ];
  } finally {
    dax.destroy();
  }
}
