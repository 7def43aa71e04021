/**
 * Demo RDS: a hardened MySQL instance, Aurora MySQL cluster, encrypted private snapshots and an
 * event subscription to everything in the first region; a neglected PostgreSQL instance, Aurora
 * PostgreSQL cluster, public unencrypted snapshots and a narrow event subscription in the second.
 */
import {
  CreateDBClusterCommand,
  CreateDBClusterParameterGroupCommand,
  CreateDBProxyCommand,
  ModifyDBClusterParameterGroupCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBParameterGroupCommand,
  CreateDBSnapshotCommand,
  CreateDBSubnetGroupCommand,
  CreateEventSubscriptionCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBParameterGroupCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const rdsArn = (region: string, resource: string) => `arn:aws:rds:${region}:${MOTO_ACCOUNT_ID}:${resource}`;
const accountArn = (region: string) => `arn:aws:rds:${region}:${MOTO_ACCOUNT_ID}:account`;
/** Not a secret: a throwaway password for an emulated database. */
const PASSWORD = 'demo-password-1';
const OWNER = [{ Key: 'owner', Value: 'orders-team' }];

const findings = (status: ExpectedFinding['status'], resourceArn: string, checkIds: string[]): ExpectedFinding[] =>
  checkIds.map((checkId) => ({ checkId, resourceArn, status }));

/**
 * A proxy in the default VPC's subnets (moto checks the subnets exist, not the secret or the role);
 * using the default VPC adds no EC2 resource to the demo account.
 */
/** Two default subnets of the region's default VPC (moto creates it; no EC2 resource is added). */
async function defaultSubnets(endpoint: string, region: string): Promise<string[]> {
  const ec2 = new EC2Client({ endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const found = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] }));
    return (found.Subnets ?? []).flatMap((s) => (s.SubnetId ? [s.SubnetId] : [])).slice(0, 2);
  } finally {
    ec2.destroy();
  }
}

async function proxy(
  rds: RDSClient,
  endpoint: string,
  region: string,
  name: string,
  engineFamily: 'MYSQL' | 'POSTGRESQL',
  requireTls: boolean,
) {
  const subnets = await defaultSubnets(endpoint, region);
  const created = await rds.send(
    new CreateDBProxyCommand({
      DBProxyName: name,
      EngineFamily: engineFamily,
      Auth: [{ AuthScheme: 'SECRETS', SecretArn: `arn:aws:secretsmanager:${region}:${MOTO_ACCOUNT_ID}:secret:${name}` }],
      RoleArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/${name}`,
      VpcSubnetIds: subnets,
      RequireTLS: requireTls,
    }),
  );
  return created.DBProxy?.DBProxyArn ?? '';
}

async function seedGood(rds: RDSClient, endpoint: string, region: string): Promise<ExpectedFinding[]> {
  // The default VPC of moto has no internet gateway, so its subnets are private ones.
  await rds.send(
    new CreateDBSubnetGroupCommand({
      DBSubnetGroupName: 'private-db',
      DBSubnetGroupDescription: 'subnets without a route to an internet gateway',
      SubnetIds: await defaultSubnets(endpoint, region),
    }),
  );
  await rds.send(
    new CreateDBParameterGroupCommand({
      DBParameterGroupName: 'secure-mysql',
      DBParameterGroupFamily: 'mysql8.0',
      Description: 'TLS only',
    }),
  );
  await rds.send(
    new ModifyDBParameterGroupCommand({
      DBParameterGroupName: 'secure-mysql',
      Parameters: [{ ParameterName: 'require_secure_transport', ParameterValue: '1', ApplyMethod: 'immediate' }],
    }),
  );
  await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'orders-db',
      Engine: 'mysql',
      EngineVersion: '8.0.39',
      DBInstanceClass: 'db.t3.micro',
      AllocatedStorage: 20,
      MasterUsername: 'dbowner',
      MasterUserPassword: PASSWORD,
      Port: 3307,
      PubliclyAccessible: false,
      StorageEncrypted: true,
      MultiAZ: true,
      DeletionProtection: true,
      EnableCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
      EnableIAMDatabaseAuthentication: true,
      BackupRetentionPeriod: 7,
      AutoMinorVersionUpgrade: true,
      CopyTagsToSnapshot: true,
      DBParameterGroupName: 'secure-mysql',
      DBSubnetGroupName: 'private-db',
      Tags: OWNER,
    }),
  );
  await rds.send(
    new CreateDBClusterParameterGroupCommand({
      DBClusterParameterGroupName: 'audited-aurora',
      DBParameterGroupFamily: 'aurora-mysql8.0',
      Description: 'advanced auditing on',
    }),
  );
  await rds.send(
    new ModifyDBClusterParameterGroupCommand({
      DBClusterParameterGroupName: 'audited-aurora',
      Parameters: [
        { ParameterName: 'server_audit_logging', ParameterValue: '1', ApplyMethod: 'immediate' },
        { ParameterName: 'server_audit_events', ParameterValue: 'CONNECT,QUERY_DDL', ApplyMethod: 'immediate' },
      ],
    }),
  );
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterParameterGroupName: 'audited-aurora',
      DBClusterIdentifier: 'orders-cluster',
      Engine: 'aurora-mysql',
      MasterUsername: 'dbowner',
      MasterUserPassword: PASSWORD,
      Port: 3307,
      StorageEncrypted: true,
      DeletionProtection: true,
      EnableIAMDatabaseAuthentication: true,
      BackupRetentionPeriod: 7,
      CopyTagsToSnapshot: true,
      EnableCloudwatchLogsExports: ['audit', 'error'],
      BacktrackWindow: 86400,
      Tags: OWNER,
    }),
  );
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-db-manual', Tags: OWNER }));
  const proxyArn = await proxy(rds, endpoint, region, 'orders-proxy', 'MYSQL', true);
  await rds.send(
    new CreateDBClusterSnapshotCommand({
      DBClusterIdentifier: 'orders-cluster',
      DBClusterSnapshotIdentifier: 'orders-cluster-manual',
      Tags: OWNER,
    }),
  );
  await rds.send(
    new CreateEventSubscriptionCommand({
      SubscriptionName: 'all-rds-events',
      SnsTopicArn: `arn:aws:sns:${region}:${MOTO_ACCOUNT_ID}:rds-events`,
      Enabled: true,
    }),
  );
  const db = rdsArn(region, 'db:orders-db');
  const cluster = rdsArn(region, 'cluster:orders-cluster');
  const subscription = rdsArn(region, 'es:all-rds-events');
  return [
    // Not rds-instance-enhanced-monitoring-enabled: moto drops MonitoringInterval (docs/testing.md).
    ...findings('PASS', db, [
      'rds-instance-not-publicly-accessible',
      'rds-instance-storage-encrypted',
      'rds-instance-multi-az',
      'rds-instance-deletion-protection-enabled',
      'rds-instance-logs-to-cloudwatch',
      'rds-instance-iam-authentication-enabled',
      'rds-instance-backups-enabled',
      'rds-instance-auto-minor-version-upgrade-enabled',
      'rds-instance-copy-tags-to-snapshots',
      'rds-instance-non-default-port',
      'rds-instance-custom-admin-username',
      'rds-mysql-instance-requires-tls',
      'rds-instance-not-in-public-subnet',
      'rds-instance-tagged',
    ]),
    ...findings('PASS', cluster, [
      'rds-cluster-deletion-protection-enabled',
      'rds-cluster-iam-authentication-enabled',
      'rds-cluster-backtracking-enabled',
      'rds-aurora-cluster-copy-tags-to-snapshots',
      'rds-cluster-custom-admin-username',
      'rds-cluster-storage-encrypted',
      'rds-aurora-mysql-cluster-audit-logs-to-cloudwatch',
      'rds-aurora-mysql-cluster-audit-logging-enabled',
      'rds-cluster-backup-retention',
      'rds-instance-non-default-port',
      'rds-cluster-tagged',
    ]),
    ...findings('PASS', proxyArn, ['rds-proxy-requires-tls']),
    ...findings('PASS', rdsArn(region, 'snapshot:orders-db-manual'), [
      'rds-snapshot-private',
      'rds-snapshot-encrypted',
      'rds-snapshot-tagged',
    ]),
    ...findings('PASS', rdsArn(region, 'cluster-snapshot:orders-cluster-manual'), [
      'rds-snapshot-private',
      'rds-snapshot-encrypted',
      'rds-cluster-snapshot-tagged',
    ]),
    ...findings('PASS', subscription, [
      'rds-cluster-event-subscription-configured',
      'rds-instance-event-subscription-configured',
      'rds-parameter-group-event-subscription-configured',
      'rds-security-group-event-subscription-configured',
    ]),
  ];
}

async function seedWeak(rds: RDSClient, endpoint: string, region: string): Promise<ExpectedFinding[]> {
  await rds.send(
    new CreateDBParameterGroupCommand({
      DBParameterGroupName: 'legacy-pg',
      DBParameterGroupFamily: 'postgres16',
      Description: 'TLS optional',
    }),
  );
  await rds.send(
    new ModifyDBParameterGroupCommand({
      DBParameterGroupName: 'legacy-pg',
      Parameters: [{ ParameterName: 'rds.force_ssl', ParameterValue: '0', ApplyMethod: 'immediate' }],
    }),
  );
  await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'legacy-db',
      Engine: 'postgres',
      EngineVersion: '16.3',
      DBInstanceClass: 'db.t3.micro',
      AllocatedStorage: 20,
      MasterUsername: 'postgres',
      MasterUserPassword: PASSWORD,
      Port: 5432,
      PubliclyAccessible: true,
      StorageEncrypted: false,
      MultiAZ: false,
      DeletionProtection: false,
      EnableIAMDatabaseAuthentication: false,
      BackupRetentionPeriod: 0,
      AutoMinorVersionUpgrade: false,
      CopyTagsToSnapshot: false,
      DBParameterGroupName: 'legacy-pg',
    }),
  );
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: 'legacy-cluster',
      Engine: 'aurora-postgresql',
      MasterUsername: 'postgres',
      MasterUserPassword: PASSWORD,
      Port: 5432,
      StorageEncrypted: false,
      DeletionProtection: false,
      EnableIAMDatabaseAuthentication: false,
      BackupRetentionPeriod: 1,
      CopyTagsToSnapshot: false,
    }),
  );
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'legacy-db', DBSnapshotIdentifier: 'legacy-db-shared' }));
  const proxyArn = await proxy(rds, endpoint, region, 'legacy-proxy', 'POSTGRESQL', false);
  await rds.send(
    new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'legacy-db-shared', AttributeName: 'restore', ValuesToAdd: ['all'] }),
  );
  await rds.send(
    new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'legacy-cluster', DBClusterSnapshotIdentifier: 'legacy-cluster-shared' }),
  );
  await rds.send(
    new ModifyDBClusterSnapshotAttributeCommand({
      DBClusterSnapshotIdentifier: 'legacy-cluster-shared',
      AttributeName: 'restore',
      ValuesToAdd: ['all'],
    }),
  );
  await rds.send(
    new CreateEventSubscriptionCommand({
      SubscriptionName: 'snapshot-events',
      SnsTopicArn: `arn:aws:sns:${region}:${MOTO_ACCOUNT_ID}:rds-events`,
      SourceType: 'db-snapshot',
      Enabled: true,
    }),
  );
  const db = rdsArn(region, 'db:legacy-db');
  const cluster = rdsArn(region, 'cluster:legacy-cluster');
  return [
    ...findings('FAIL', db, [
      'rds-instance-not-publicly-accessible',
      'rds-instance-storage-encrypted',
      'rds-instance-multi-az',
      'rds-instance-enhanced-monitoring-enabled',
      'rds-instance-deletion-protection-enabled',
      'rds-instance-logs-to-cloudwatch',
      'rds-instance-iam-authentication-enabled',
      'rds-instance-backups-enabled',
      'rds-instance-auto-minor-version-upgrade-enabled',
      'rds-instance-copy-tags-to-snapshots',
      'rds-instance-non-default-port',
      'rds-instance-custom-admin-username',
      'rds-postgresql-instance-logs-to-cloudwatch',
      'rds-postgresql-instance-requires-tls',
      'rds-instance-tagged',
    ]),
    ...findings('FAIL', cluster, [
      'rds-cluster-deletion-protection-enabled',
      'rds-cluster-iam-authentication-enabled',
      'rds-aurora-cluster-copy-tags-to-snapshots',
      'rds-cluster-custom-admin-username',
      'rds-cluster-storage-encrypted',
      'rds-aurora-postgresql-cluster-logs-to-cloudwatch',
      'rds-cluster-backup-retention',
      'rds-instance-non-default-port',
      'rds-cluster-tagged',
    ]),
    ...findings('FAIL', proxyArn, ['rds-proxy-requires-tls']),
    ...findings('FAIL', rdsArn(region, 'snapshot:legacy-db-shared'), [
      'rds-snapshot-private',
      'rds-snapshot-encrypted',
      'rds-snapshot-tagged',
    ]),
    ...findings('FAIL', rdsArn(region, 'cluster-snapshot:legacy-cluster-shared'), [
      'rds-snapshot-private',
      'rds-snapshot-encrypted',
      'rds-cluster-snapshot-tagged',
    ]),
    ...findings('FAIL', accountArn(region), [
      'rds-cluster-event-subscription-configured',
      'rds-instance-event-subscription-configured',
      'rds-parameter-group-event-subscription-configured',
      'rds-security-group-event-subscription-configured',
    ]),
  ];
}

export async function seedRds(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const [first, second] = regions;
  const expected: ExpectedFinding[] = [];
  for (const [region, seed] of [
    [first, seedGood],
    [second, seedWeak],
  ] as const) {
    if (!region) continue;
    const rds = new RDSClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    try {
      expected.push(...(await seed(rds, moto.endpoint, region)));
    } finally {
      rds.destroy();
    }
  }
  return expected;
}
