import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateClusterCommand,
  CreateClusterParameterGroupCommand,
  CreateClusterSnapshotCommand,
  CreateClusterSubnetGroupCommand,
  DescribeClusterParameterGroupsCommand,
  DescribeClusterSnapshotsCommand,
  DescribeClusterSubnetGroupsCommand,
  DescribeClustersCommand,
  DescribeEventSubscriptionsCommand,
  EnableLoggingCommand,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { collectRedshift } from '../../src/collect/redshift.js';
import { MOTO_ACCOUNT_ID, seedConfig, startMoto, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
let securityGroupId = '';

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const region = 'us-east-1';
  const redshift = new RedshiftClient(seedConfig(moto, region));
  const ec2 = new EC2Client(seedConfig(moto, region));
  const s3 = new S3Client({ ...seedConfig(moto, region), forcePathStyle: true });
  try {
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    const vpcId = vpc.Vpc?.VpcId ?? '';
    const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.0/24' }));
    const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'warehouse', Description: 'warehouse', VpcId: vpcId }));
    securityGroupId = sg.GroupId ?? '';
    await redshift.send(
      new CreateClusterSubnetGroupCommand({
        ClusterSubnetGroupName: 'private',
        Description: 'private',
        SubnetIds: [subnet.Subnet?.SubnetId ?? ''],
        Tags: [{ Key: 'owner', Value: 'network' }],
      }),
    );
    await redshift.send(
      new CreateClusterParameterGroupCommand({ ParameterGroupName: 'custom', ParameterGroupFamily: 'redshift-1.0', Description: 'custom' }),
    );
    await redshift.send(
      new CreateClusterCommand({
        ClusterIdentifier: 'private',
        NodeType: 'ra3.xlplus',
        MasterUsername: 'warehouse_admin',
        MasterUserPassword: 'Passw0rd1',
        Encrypted: true,
        KmsKeyId: `arn:aws:kms:${region}:${MOTO_ACCOUNT_ID}:key/abc`,
        EnhancedVpcRouting: true,
        AutomatedSnapshotRetentionPeriod: 7,
        ClusterSubnetGroupName: 'private',
        VpcSecurityGroupIds: [securityGroupId],
        ClusterParameterGroupName: 'custom',
        Tags: [{ Key: 'owner', Value: 'data' }],
      }),
    );
    await redshift.send(
      new CreateClusterCommand({
        ClusterIdentifier: 'public',
        NodeType: 'dc2.large',
        MasterUsername: 'awsuser',
        MasterUserPassword: 'Passw0rd1',
        PubliclyAccessible: true,
        AllowVersionUpgrade: false,
        AutomatedSnapshotRetentionPeriod: 3,
      }),
    );
    await redshift.send(
      new CreateClusterSnapshotCommand({
        SnapshotIdentifier: 'before-upgrade',
        ClusterIdentifier: 'private',
        Tags: [{ Key: 'owner', Value: 'data' }],
      }),
    );
    await s3.send(new CreateBucketCommand({ Bucket: 'warehouse-audit' }));
    await redshift.send(new EnableLoggingCommand({ ClusterIdentifier: 'private', BucketName: 'warehouse-audit' }));
  } finally {
    redshift.destroy();
    ec2.destroy();
    s3.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectRedshift', () => {
  it('records each cluster with its settings, its logging and its parameter groups, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { regions } = await collectRedshift(ctx);
      expect(regions['eu-west-1']).toMatchObject({
        clusters: { ok: true, value: [] },
        parameterGroups: {},
        snapshots: { ok: true, value: [] },
        subnetGroups: { ok: true, value: [] },
      });
      const data = regions['us-east-1'];
      const clusters = data?.clusters.ok ? data.clusters.value : [];
      const byId = new Map(clusters.map((c) => [c.id, c]));
      expect([...byId.keys()].sort()).toEqual(['private', 'public']);
      expect(byId.get('private')).toMatchObject({
        arn: `arn:aws:redshift:us-east-1:${MOTO_ACCOUNT_ID}:cluster:private`,
        publiclyAccessible: false,
        encrypted: true,
        kmsKeyId: `arn:aws:kms:us-east-1:${MOTO_ACCOUNT_ID}:key/abc`,
        automatedSnapshotRetentionDays: 7,
        allowVersionUpgrade: true,
        enhancedVpcRouting: true,
        masterUsername: 'warehouse_admin',
        vpcSecurityGroupIds: [securityGroupId],
        port: 5439,
        parameterGroups: [{ name: 'custom', applyStatus: 'in-sync' }],
        tagKeys: ['owner'],
        logging: { ok: true, value: { enabled: true, bucketName: 'warehouse-audit' } },
      });
      // moto sends neither MultiAZ nor VpcId (docs/testing.md): both stay unknown / absent here.
      expect(byId.get('private')?.multiAz).toBeNull();
      expect(byId.get('public')).toMatchObject({
        publiclyAccessible: true,
        encrypted: false,
        kmsKeyId: null,
        automatedSnapshotRetentionDays: 3,
        allowVersionUpgrade: false,
        masterUsername: 'awsuser',
        parameterGroups: [{ name: 'default.redshift-1.0' }],
        logging: { ok: true, value: { enabled: false, bucketName: null } },
      });
      // One read per group in use; only the two parameters checks read are kept. moto lists its
      // fixed defaults, where both are false (ModifyClusterParameterGroup answers HTTP 500).
      expect(data?.parameterGroups).toEqual({
        custom: { ok: true, value: { require_ssl: 'false', enable_user_activity_logging: 'false' } },
        'default.redshift-1.0': { ok: true, value: { require_ssl: 'false', enable_user_activity_logging: 'false' } },
      });
      // The tagging and subnet group lists: tags come with each Describe answer.
      const snapshots = data?.snapshots?.ok ? data.snapshots.value : [];
      expect(snapshots.find((x) => x.id === 'before-upgrade')).toEqual({
        arn: `arn:aws:redshift:us-east-1:${MOTO_ACCOUNT_ID}:snapshot:private/before-upgrade`,
        region: 'us-east-1',
        id: 'before-upgrade',
        clusterId: 'private',
        type: 'manual',
        tagKeys: ['owner'],
      });
      expect(data?.subnetGroups).toMatchObject({
        ok: true,
        value: [
          {
            arn: `arn:aws:redshift:us-east-1:${MOTO_ACCOUNT_ID}:subnetgroup:private`,
            name: 'private',
            availabilityZones: [expect.any(String)],
            tagKeys: ['owner'],
          },
        ],
      });
      expect(data?.parameterGroupList).toMatchObject({
        ok: true,
        value: expect.arrayContaining([
          { arn: `arn:aws:redshift:us-east-1:${MOTO_ACCOUNT_ID}:parametergroup:custom`, region: 'us-east-1', name: 'custom', tagKeys: [] },
        ]) as unknown,
      });
      // moto answers DescribeEventSubscriptions with HTTP 500 (docs/testing.md): a failed read, never "none".
      expect(data?.eventSubscriptions).toMatchObject({ ok: false, error: { action: 'redshift:DescribeEventSubscriptions' } });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the cluster list, or each per-cluster and per-group read', async () => {
    const listOnly = await restrictedCredentials(moto, 'redshift-lister', ['redshift:DescribeClusters']);
    const nothing = await restrictedCredentials(moto, 'redshift-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const data = (await collectRedshift(listed)).regions['us-east-1'];
      const clusters = data?.clusters.ok ? data.clusters.value : [];
      expect(clusters).toHaveLength(2);
      for (const c of clusters)
        expect(c.logging).toMatchObject({
          ok: false,
          error: { action: 'redshift:DescribeLoggingStatus', kind: 'access-denied', target: c.arn },
        });
      for (const g of Object.values(data?.parameterGroups ?? {}))
        expect(g).toMatchObject({ ok: false, error: { action: 'redshift:DescribeClusterParameters', kind: 'access-denied' } });
      expect(Object.keys(data?.parameterGroups ?? {}).sort()).toEqual(['custom', 'default.redshift-1.0']);
      for (const [list, action] of [
        ['snapshots', 'DescribeClusterSnapshots'],
        ['subnetGroups', 'DescribeClusterSubnetGroups'],
        ['parameterGroupList', 'DescribeClusterParameterGroups'],
      ] as const)
        expect(data?.[list]).toMatchObject({ ok: false, error: { action: `redshift:${action}`, kind: 'access-denied' } });
      expect((await collectRedshift(denied)).regions['us-east-1']).toMatchObject({
        clusters: expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ action: 'redshift:DescribeClusters', kind: 'access-denied', region: 'us-east-1' }) as unknown,
        }) as unknown,
        parameterGroups: {},
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });

  it('maps event subscriptions with their tags (aws-sdk-client-mock: moto answers DescribeEventSubscriptions with HTTP 500)', async () => {
    const mock = mockClient(RedshiftClient);
    const ctx = mockedContext(['eu-west-1']);
    try {
      mock.on(DescribeClustersCommand).resolves({ Clusters: [] });
      mock.on(DescribeClusterSnapshotsCommand).resolves({ Snapshots: [] });
      mock.on(DescribeClusterSubnetGroupsCommand).resolves({ ClusterSubnetGroups: [] });
      mock.on(DescribeClusterParameterGroupsCommand).resolves({ ParameterGroups: [] });
      mock.on(DescribeEventSubscriptionsCommand).resolves({
        EventSubscriptionsList: [
          {
            CustSubscriptionId: 'alerts',
            SnsTopicArn: `arn:aws:sns:eu-west-1:${MOTO_ACCOUNT_ID}:alerts`,
            Status: 'active',
            Enabled: true,
            Tags: [
              { Key: 'owner', Value: 'data' },
              { Key: 'aws:cloudformation:stack-name', Value: 'x' },
            ],
          },
          { CustSubscriptionId: 'bare', Status: 'active', Enabled: true },
        ],
      });
      const data = (await collectRedshift(ctx)).regions['eu-west-1'];
      expect(data?.eventSubscriptions).toEqual({
        ok: true,
        value: [
          {
            arn: `arn:aws:redshift:eu-west-1:${MOTO_ACCOUNT_ID}:eventsubscription:alerts`,
            region: 'eu-west-1',
            name: 'alerts',
            tagKeys: ['owner', 'aws:cloudformation:stack-name'],
          },
          { arn: `arn:aws:redshift:eu-west-1:${MOTO_ACCOUNT_ID}:eventsubscription:bare`, region: 'eu-west-1', name: 'bare', tagKeys: [] },
        ],
      });
    } finally {
      mock.restore();
      ctx.close();
    }
  });
});
