import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBProxiesCommand,
  DescribeDBSnapshotsCommand,
  DescribeEventSubscriptionsCommand,
  DescribePendingMaintenanceActionsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { collectRds } from '../../src/collect/rds.js';
import { seedRds } from '../seed/rds.js';
import { startMoto, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const arn = (region: string, resource: string) => `arn:aws:rds:${region}:${MOTO_ACCOUNT_ID}:${resource}`;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  await seedRds(moto, ['us-east-1', 'eu-west-1']);
}, 60_000);
afterAll(async () => {
  await moto?.stop();
});

describe('collectRds', () => {
  it('records what each region holds, and an empty region as empty lists', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1', 'ap-south-1']);
    try {
      const { regions } = await collectRds(ctx);
      const east = regions['us-east-1'];
      expect(east?.instances).toEqual({
        ok: true,
        value: [
          {
            arn: arn('us-east-1', 'db:orders-db'),
            region: 'us-east-1',
            id: 'orders-db',
            engine: 'mysql',
            engineVersion: '8.0.39',
            status: 'available',
            clusterId: null,
            replicaSource: null,
            publiclyAccessible: false,
            storageEncrypted: true,
            multiAz: true,
            // moto does not store MonitoringInterval (docs/testing.md)
            monitoringInterval: 0,
            deletionProtection: true,
            logExports: ['audit', 'error', 'general', 'slowquery'],
            iamAuth: true,
            backupRetentionDays: 7,
            autoMinorVersionUpgrade: true,
            copyTagsToSnapshot: true,
            port: 3307,
            masterUsername: 'dbowner',
            parameterGroups: [{ name: 'secure-mysql', applyStatus: 'in-sync' }],
            vpcId: expect.stringMatching(/^vpc-/) as unknown,
            subnetIds: [expect.stringMatching(/^subnet-/), expect.stringMatching(/^subnet-/)] as unknown,
            tagKeys: ['owner'],
            tags: { owner: expect.any(String) as unknown },
            // moto writes this placeholder for an instance encrypted without a named key, where AWS
            // reports the ARN of the aws/rds key (docs/testing.md).
            kmsKeyId: 'default_kms_key_id',
            securityGroupIds: [expect.stringMatching(/^sg-/)] as unknown,
          },
        ],
      });
      expect(east?.clusters).toMatchObject({
        ok: true,
        value: [
          {
            arn: arn('us-east-1', 'cluster:orders-cluster'),
            engine: 'aurora-mysql',
            deletionProtection: true,
            iamAuth: true,
            storageEncrypted: true,
            backupRetentionDays: 7,
            copyTagsToSnapshot: true,
            logExports: ['audit', 'error'],
            port: 3307,
            masterUsername: 'dbowner',
            backtrackWindow: 86400,
          },
        ],
      });
      // moto takes an automated snapshot of every new instance and cluster: no attribute read for those.
      expect(east?.snapshots).toMatchObject({
        ok: true,
        value: expect.arrayContaining([
          expect.objectContaining({ id: 'orders-db-manual', type: 'manual', encrypted: true, restorableBy: { ok: true, value: [] } }),
          expect.objectContaining({ type: 'automated', restorableBy: { ok: true, value: null } }),
        ]),
      });
      expect(east?.clusterSnapshots).toMatchObject({
        ok: true,
        value: expect.arrayContaining([expect.objectContaining({ id: 'orders-cluster-manual', restorableBy: { ok: true, value: [] } })]),
      });
      expect(east?.eventSubscriptions).toEqual({
        ok: true,
        value: [
          {
            arn: arn('us-east-1', 'es:all-rds-events'),
            region: 'us-east-1',
            name: 'all-rds-events',
            enabled: true,
            sourceType: null,
            eventCategories: [],
          },
        ],
      });
      expect(east?.parameterGroups).toEqual({ 'secure-mysql': { ok: true, value: { require_secure_transport: '1' } } });
      expect(east?.clusterParameterGroups).toEqual({
        'audited-aurora': { ok: true, value: { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DDL' } },
      });
      expect(east?.proxies).toMatchObject({ ok: true, value: [{ region: 'us-east-1', name: 'orders-proxy', requireTls: true }] });

      const west = regions['eu-west-1'];
      expect(west?.instances).toMatchObject({
        ok: true,
        value: [
          { id: 'legacy-db', engine: 'postgres', publiclyAccessible: true, storageEncrypted: false, backupRetentionDays: 0, port: 5432 },
        ],
      });
      expect(west?.snapshots).toMatchObject({
        ok: true,
        value: expect.arrayContaining([expect.objectContaining({ id: 'legacy-db-shared', restorableBy: { ok: true, value: ['all'] } })]),
      });
      expect(west?.clusterSnapshots).toMatchObject({
        ok: true,
        value: expect.arrayContaining([
          expect.objectContaining({ id: 'legacy-cluster-shared', restorableBy: { ok: true, value: ['all'] } }),
        ]),
      });
      expect(west?.eventSubscriptions).toMatchObject({ ok: true, value: [{ name: 'snapshot-events', sourceType: 'db-snapshot' }] });
      expect(west?.parameterGroups).toEqual({ 'legacy-pg': { ok: true, value: { 'rds.force_ssl': '0' } } });
      // An Aurora PostgreSQL cluster: no cluster parameter group is read for it.
      expect(west?.clusterParameterGroups).toEqual({});
      expect(west?.proxies).toMatchObject({ ok: true, value: [{ name: 'legacy-proxy', requireTls: false }] });

      expect(regions['ap-south-1']).toEqual({
        instances: { ok: true, value: [] },
        clusters: { ok: true, value: [] },
        snapshots: { ok: true, value: [] },
        clusterSnapshots: { ok: true, value: [] },
        eventSubscriptions: { ok: true, value: [] },
        parameterGroups: {},
        clusterParameterGroups: {},
        proxies: { ok: true, value: [] },
        // moto answers DescribePendingMaintenanceActions with HTTP 500 (docs/testing.md): a failed read, never "nothing pending".
        pendingMaintenance: { ok: false, error: expect.objectContaining({ action: 'rds:DescribePendingMaintenanceActions' }) as unknown },
      });
    } finally {
      ctx.close();
    }
  });

  it('maps pending maintenance actions with their dates (aws-sdk-client-mock: moto answers DescribePendingMaintenanceActions with HTTP 500)', async () => {
    const mock = mockClient(RDSClient);
    const ctx = mockedContext(['eu-west-1']);
    const db = `arn:aws:rds:eu-west-1:${MOTO_ACCOUNT_ID}:db:orders-db`;
    try {
      for (const command of [
        DescribeDBInstancesCommand,
        DescribeDBClustersCommand,
        DescribeDBSnapshotsCommand,
        DescribeDBClusterSnapshotsCommand,
        DescribeEventSubscriptionsCommand,
        DescribeDBProxiesCommand,
      ] as const)
        mock.on(command).resolves({});
      mock.on(DescribePendingMaintenanceActionsCommand).resolves({
        PendingMaintenanceActions: [
          {
            ResourceIdentifier: db,
            PendingMaintenanceActionDetails: [
              {
                Action: 'db-upgrade',
                Description: 'Upgrade to 8.0.36',
                AutoAppliedAfterDate: new Date('2026-12-20T00:00:00Z'),
                ForcedApplyDate: new Date('2027-01-15T00:00:00Z'),
                CurrentApplyDate: new Date('2026-12-20T00:00:00Z'),
                OptInStatus: 'next-maintenance',
              },
              { Action: 'ca-certificate-rotation' },
            ],
          },
        ],
      });
      const west = (await collectRds(ctx)).regions['eu-west-1'];
      expect(west?.pendingMaintenance).toEqual({
        ok: true,
        value: [
          {
            resourceArn: db,
            actions: [
              {
                action: 'db-upgrade',
                description: 'Upgrade to 8.0.36',
                autoAppliedAfter: '2026-12-20T00:00:00.000Z',
                forcedApply: '2027-01-15T00:00:00.000Z',
                currentApply: '2026-12-20T00:00:00.000Z',
                optInStatus: 'next-maintenance',
              },
              {
                action: 'ca-certificate-rotation',
                description: null,
                autoAppliedAfter: null,
                forcedApply: null,
                currentApply: null,
                optInStatus: null,
              },
            ],
          },
        ],
      });
    } finally {
      mock.restore();
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: each list, each snapshot attribute read, each (cluster) parameter group', async () => {
    const listsOnly = await restrictedCredentials(moto, 'rds-lister', [
      'rds:DescribeDBInstances',
      'rds:DescribeDBClusters',
      'rds:DescribeDBSnapshots',
      'rds:DescribeDBClusterSnapshots',
      'rds:DescribeEventSubscriptions',
      'rds:DescribeDBProxies',
    ]);
    const nothing = await restrictedCredentials(moto, 'rds-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listsOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    const deniedAs = (action: string) => ({
      ok: false,
      error: expect.objectContaining({ action, kind: 'access-denied', region: 'us-east-1' }) as unknown,
    });
    try {
      const east = (await collectRds(listed)).regions['us-east-1'];
      expect(east?.instances.ok).toBe(true);
      expect(east?.snapshots).toMatchObject({
        ok: true,
        value: expect.arrayContaining([
          expect.objectContaining({ id: 'orders-db-manual', restorableBy: deniedAs('rds:DescribeDBSnapshotAttributes') }),
        ]),
      });
      expect(east?.clusterSnapshots).toMatchObject({
        ok: true,
        value: expect.arrayContaining([
          expect.objectContaining({ id: 'orders-cluster-manual', restorableBy: deniedAs('rds:DescribeDBClusterSnapshotAttributes') }),
        ]),
      });
      expect(east?.parameterGroups).toMatchObject({ 'secure-mysql': deniedAs('rds:DescribeDBParameters') });
      expect(east?.clusterParameterGroups).toMatchObject({ 'audited-aurora': deniedAs('rds:DescribeDBClusterParameters') });

      const none = (await collectRds(denied)).regions['us-east-1'];
      expect(none).toMatchObject({
        instances: deniedAs('rds:DescribeDBInstances'),
        clusters: deniedAs('rds:DescribeDBClusters'),
        snapshots: deniedAs('rds:DescribeDBSnapshots'),
        clusterSnapshots: deniedAs('rds:DescribeDBClusterSnapshots'),
        eventSubscriptions: deniedAs('rds:DescribeEventSubscriptions'),
        proxies: deniedAs('rds:DescribeDBProxies'),
        pendingMaintenance: { ok: false, error: expect.objectContaining({ action: 'rds:DescribePendingMaintenanceActions' }) as unknown },
        clusterParameterGroups: {},
        // No instance list, so no parameter group to read: the transport checks say UNKNOWN on the list.
        parameterGroups: {},
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
