/**
 * Demo Redshift in the first region: a "warehouse" cluster that is private, KMS-encrypted with a
 * customer managed key, keeps 7 days of snapshots, logs to CloudWatch, is tagged and sits behind a
 * security group open to 10.0.0.0/8 only; and a "scratch" cluster that is public, unencrypted,
 * keeps 3 days of snapshots, uses the awsuser admin, refuses version upgrades and opens the port to
 * the internet. moto cannot set require_ssl (ModifyClusterParameterGroup answers 500) and sends no
 * MultiAZ or VpcId, so only the failing require_ssl state is seeded, and Multi-AZ and VPC findings
 * are not asserted.
 */
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateClusterCommand, EnableLoggingCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { MOTO_ACCOUNT_ID, seedConfig } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const PORT = 5439;

export async function seedRedshift(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const redshift = new RedshiftClient(seedConfig(moto, region));
  const ec2 = new EC2Client(seedConfig(moto, region));
  const kms = new KMSClient(seedConfig(moto, region));
  try {
    // Security groups in the default VPC: one for the office range, one open to everyone.
    const group = async (name: string, cidr: string) => {
      const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: name, Description: `demo ${name}` }));
      await ec2.send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: sg.GroupId,
          IpPermissions: [{ IpProtocol: 'tcp', FromPort: PORT, ToPort: PORT, IpRanges: [{ CidrIp: cidr }] }],
        }),
      );
      return sg.GroupId ?? '';
    };
    const privateSg = await group('demo-warehouse-clients', '10.0.0.0/8');
    const openSg = await group('demo-scratch-anyone', '0.0.0.0/0');
    const key = await kms.send(new CreateKeyCommand({ Description: 'demo warehouse key' }));

    await redshift.send(
      new CreateClusterCommand({
        ClusterIdentifier: 'demo-warehouse',
        NodeType: 'ra3.xlplus',
        MasterUsername: 'warehouse_admin',
        MasterUserPassword: 'Demo-Passw0rd',
        Encrypted: true,
        KmsKeyId: key.KeyMetadata?.Arn,
        EnhancedVpcRouting: true,
        AutomatedSnapshotRetentionPeriod: 7,
        AllowVersionUpgrade: true,
        VpcSecurityGroupIds: [privateSg],
        Tags: [{ Key: 'owner', Value: 'data-platform' }],
      }),
    );
    await redshift.send(
      new EnableLoggingCommand({
        ClusterIdentifier: 'demo-warehouse',
        LogDestinationType: 'cloudwatch',
        LogExports: ['connectionlog', 'userlog'],
      }),
    );
    await redshift.send(
      new CreateClusterCommand({
        ClusterIdentifier: 'demo-scratch',
        NodeType: 'dc2.large',
        MasterUsername: 'awsuser',
        MasterUserPassword: 'Demo-Passw0rd',
        PubliclyAccessible: true,
        AutomatedSnapshotRetentionPeriod: 3,
        AllowVersionUpgrade: false,
        VpcSecurityGroupIds: [openSg],
      }),
    );

    const arnOf = (id: string) => `arn:aws:redshift:${region}:${MOTO_ACCOUNT_ID}:cluster:${id}`;
    const good = arnOf('demo-warehouse');
    const bad = arnOf('demo-scratch');
    const both = (checkId: string): ExpectedFinding[] => [
      { checkId, resourceArn: good, status: 'PASS' },
      { checkId, resourceArn: bad, status: 'FAIL' },
    ];
    return [
      ...both('redshift-cluster-not-public'),
      ...both('redshift-cluster-automated-snapshots-enabled'),
      ...both('redshift-cluster-audit-logging-enabled'),
      ...both('redshift-cluster-version-upgrade-enabled'),
      ...both('redshift-cluster-enhanced-vpc-routing'),
      ...both('redshift-cluster-admin-username-not-default'),
      ...both('redshift-cluster-encrypted'),
      ...both('redshift-cluster-encrypted-with-customer-key'),
      ...both('redshift-cluster-port-restricted'),
      ...both('redshift-cluster-tagged'),
      // moto's parameter groups always say require_ssl=false and enable_user_activity_logging=false.
      { checkId: 'redshift-cluster-require-ssl', resourceArn: bad, status: 'FAIL' },
      { checkId: 'redshift-cluster-user-activity-logging-enabled', resourceArn: good, status: 'FAIL' },
      // moto sends no MultiAZ: the check must say it could not decide, never PASS.
      { checkId: 'redshift-cluster-multi-az-enabled', resourceArn: good, status: 'UNKNOWN' },
    ];
  } finally {
    redshift.destroy();
    ec2.destroy();
    kms.destroy();
  }
}
