/**
 * Demo EKS clusters in the first region: "demo-private" with a private endpoint, secrets
 * encryption and audit logs, and "demo-public" with moto's defaults (public endpoint, no
 * encryption, no logging) on Kubernetes 1.27, whose support has ended. The private cluster's
 * version finding is not asserted: whether a version is in standard support depends on the day
 * the demo is regenerated.
 */
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedEks(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const eks = new EKSClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const arnOf = (name: string) => `arn:aws:eks:${region}:${MOTO_ACCOUNT_ID}:cluster/${name}`;
  const roleArn = `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/demo-eks`;
  try {
    await eks.send(
      new CreateClusterCommand({
        name: 'demo-private',
        roleArn,
        version: '1.35',
        resourcesVpcConfig: { subnetIds: ['subnet-demo'], endpointPublicAccess: false, endpointPrivateAccess: true },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${region}:${MOTO_ACCOUNT_ID}:key/demo-eks` } }],
        logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }] },
      }),
    );
    await eks.send(
      new CreateClusterCommand({
        name: 'demo-public',
        roleArn,
        version: '1.27',
        resourcesVpcConfig: { subnetIds: ['subnet-demo'], endpointPublicAccess: true },
      }),
    );
    const good = arnOf('demo-private');
    const bad = arnOf('demo-public');
    return [
      { checkId: 'eks-cluster-endpoint-not-public', resourceArn: good, status: 'PASS' },
      { checkId: 'eks-cluster-secrets-encrypted', resourceArn: good, status: 'PASS' },
      { checkId: 'eks-cluster-audit-logging-enabled', resourceArn: good, status: 'PASS' },
      { checkId: 'eks-cluster-endpoint-not-public', resourceArn: bad, status: 'FAIL' },
      { checkId: 'eks-cluster-secrets-encrypted', resourceArn: bad, status: 'FAIL' },
      { checkId: 'eks-cluster-audit-logging-enabled', resourceArn: bad, status: 'FAIL' },
      { checkId: 'eks-cluster-supported-version', resourceArn: bad, status: 'FAIL' },
    ];
  } finally {
    eks.destroy();
  }
}
