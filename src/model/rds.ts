import { z } from 'zod';
import { observedSchema, optionalObservedSchema, regionalSchema } from './observed.js';

/** DB parameter values the transport checks read (rds.force_ssl, require_secure_transport), by parameter name. */
const ParameterValues = z.record(z.string(), z.string().nullable());

/** A DB parameter group an instance uses (DescribeDBInstances DBParameterGroups[]). */
export const RdsInstanceParameterGroup = z.object({
  /** DBParameterGroupName */
  name: z.string(),
  /** ParameterApplyStatus: in-sync, pending-reboot, applying, ... */
  applyStatus: z.string().nullable(),
});

/** One DB instance (DescribeDBInstances DBInstances[]): only what checks read. */
export const RdsDbInstance = z.object({
  /** DBInstanceArn */
  arn: z.string(),
  region: z.string(),
  /** DBInstanceIdentifier */
  id: z.string(),
  /** Engine: mysql, postgres, aurora-mysql, sqlserver-ee, ... */
  engine: z.string(),
  /** EngineVersion; null when AWS sent none */
  engineVersion: z.string().nullable(),
  /** DBInstanceStatus: available, backing-up, stopped, ... */
  status: z.string().nullable(),
  /** DBClusterIdentifier: the cluster the instance is a member of; null when it is not in a cluster */
  clusterId: z.string().nullable(),
  /** ReadReplicaSourceDBInstanceIdentifier or ReadReplicaSourceDBClusterIdentifier; null when not a read replica */
  replicaSource: z.string().nullable(),
  /** PubliclyAccessible */
  publiclyAccessible: z.boolean(),
  /** StorageEncrypted */
  storageEncrypted: z.boolean(),
  /** MultiAZ */
  multiAz: z.boolean(),
  /** MonitoringInterval in seconds; 0 (or absent) means Enhanced Monitoring is off */
  monitoringInterval: z.number(),
  /** DeletionProtection */
  deletionProtection: z.boolean(),
  /** EnabledCloudwatchLogsExports: log types published to CloudWatch Logs (empty: none) */
  logExports: z.array(z.string()),
  /** IAMDatabaseAuthenticationEnabled */
  iamAuth: z.boolean(),
  /** BackupRetentionPeriod in days; 0 means automated backups are off */
  backupRetentionDays: z.number(),
  /** AutoMinorVersionUpgrade */
  autoMinorVersionUpgrade: z.boolean(),
  /** CopyTagsToSnapshot */
  copyTagsToSnapshot: z.boolean(),
  /** Endpoint.Port, else DbInstancePort; null when the instance has no endpoint yet */
  port: z.number().nullable(),
  /** MasterUsername (a user name, not a secret); null when AWS sent none */
  masterUsername: z.string().nullable(),
  /** DBParameterGroups[] */
  parameterGroups: z.array(RdsInstanceParameterGroup),
  /** DBSubnetGroup.VpcId; null when the instance reports no DB subnet group */
  vpcId: z.string().nullable(),
  /** DBSubnetGroup.Subnets[].SubnetIdentifier (empty: no DB subnet group reported) */
  subnetIds: z.array(z.string()),
  /** TagList[].Key */
  tagKeys: z.array(z.string()),
  /** KmsKeyId of an encrypted instance (null: none sent); absent in inventories collected before it was read */
  kmsKeyId: z.string().nullable().optional(),
  /** VpcSecurityGroups[].VpcSecurityGroupId of the active and adding groups; absent in older inventories */
  securityGroupIds: z.array(z.string()).optional(),
  /** TagList as key to value (backup plans select resources by tag value); absent in older inventories */
  tags: z.record(z.string(), z.string()).optional(),
});
export type RdsDbInstance = z.infer<typeof RdsDbInstance>;

/** One DB cluster (DescribeDBClusters DBClusters[]): Aurora and Multi-AZ DB clusters. */
export const RdsDbCluster = z.object({
  /** DBClusterArn */
  arn: z.string(),
  region: z.string(),
  /** DBClusterIdentifier */
  id: z.string(),
  /** Engine: aurora-mysql, aurora-postgresql, mysql, postgres, neptune, docdb, ... */
  engine: z.string(),
  /** EngineMode: provisioned, serverless, ...; null when AWS sent none */
  engineMode: z.string().nullable(),
  /** Status */
  status: z.string().nullable(),
  /** MultiAZ */
  multiAz: z.boolean(),
  /** DeletionProtection */
  deletionProtection: z.boolean(),
  /** IAMDatabaseAuthenticationEnabled */
  iamAuth: z.boolean(),
  /** StorageEncrypted */
  storageEncrypted: z.boolean(),
  /** BackupRetentionPeriod in days */
  backupRetentionDays: z.number(),
  /** AutoMinorVersionUpgrade (Multi-AZ DB clusters only); null when AWS sent none (Aurora) */
  autoMinorVersionUpgrade: z.boolean().nullable(),
  /** CopyTagsToSnapshot */
  copyTagsToSnapshot: z.boolean(),
  /** EnabledCloudwatchLogsExports (empty: none) */
  logExports: z.array(z.string()),
  /** Port; null when AWS sent none */
  port: z.number().nullable(),
  /** MasterUsername (a user name, not a secret); null when AWS sent none */
  masterUsername: z.string().nullable(),
  /** BacktrackWindow in seconds; null or 0 means backtracking is off */
  backtrackWindow: z.number().nullable(),
  /** DBClusterParameterGroup: the cluster's DB cluster parameter group; null when AWS sent none */
  parameterGroup: z.string().nullable(),
  /** DBClusterMembers[].DBClusterParameterGroupStatus: in-sync, pending-reboot, ... (empty: no members) */
  memberParameterStatuses: z.array(z.string()),
  /** TagList[].Key */
  tagKeys: z.array(z.string()),
});
export type RdsDbCluster = z.infer<typeof RdsDbCluster>;

/** One DB snapshot or DB cluster snapshot owned by the account. */
export const RdsSnapshot = z.object({
  /** DBSnapshotArn or DBClusterSnapshotArn */
  arn: z.string(),
  region: z.string(),
  /** DBSnapshotIdentifier or DBClusterSnapshotIdentifier */
  id: z.string(),
  /** SnapshotType: manual, automated, awsbackup, ... */
  type: z.string(),
  /** Encrypted (DB snapshots) or StorageEncrypted (cluster snapshots) */
  encrypted: z.boolean(),
  /** TagList[].Key */
  tagKeys: z.array(z.string()),
  /**
   * DescribeDBSnapshotAttributes / DescribeDBClusterSnapshotAttributes, attribute `restore`: the
   * account ids (or "all") that may restore the snapshot. null: not read, because the snapshot is
   * an automated one, which AWS does not allow to be shared
   * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html).
   */
  restorableBy: optionalObservedSchema(z.array(z.string())),
});
export type RdsSnapshot = z.infer<typeof RdsSnapshot>;

/** One event notification subscription (DescribeEventSubscriptions EventSubscriptionsList[]). */
export const RdsEventSubscription = z.object({
  /** EventSubscriptionArn */
  arn: z.string(),
  region: z.string(),
  /** CustSubscriptionId */
  name: z.string(),
  /** Enabled */
  enabled: z.boolean(),
  /** SourceType: db-instance, db-cluster, db-parameter-group, db-security-group, ...; null: every source type */
  sourceType: z.string().nullable(),
  /** EventCategoriesList (empty: every category) */
  eventCategories: z.array(z.string()),
});
export type RdsEventSubscription = z.infer<typeof RdsEventSubscription>;

/** One RDS Proxy (DescribeDBProxies DBProxies[]). */
export const RdsDbProxy = z.object({
  /** DBProxyArn */
  arn: z.string(),
  region: z.string(),
  /** DBProxyName */
  name: z.string(),
  /** RequireTLS: whether the proxy accepts only TLS connections */
  requireTls: z.boolean(),
});
export type RdsDbProxy = z.infer<typeof RdsDbProxy>;

/** One pending maintenance action (DescribePendingMaintenanceActions PendingMaintenanceActionDetails[]). */
export const RdsPendingMaintenanceAction = z.object({
  /** Action: system-update, db-upgrade, os-upgrade, hardware-maintenance, ca-certificate-rotation, ... */
  action: z.string(),
  /** Description; null when AWS sent none */
  description: z.string().nullable(),
  /** AutoAppliedAfterDate (ISO); null when none */
  autoAppliedAfter: z.string().nullable(),
  /** ForcedApplyDate (ISO); null when none */
  forcedApply: z.string().nullable(),
  /** CurrentApplyDate (ISO): when it will be applied, from the opt-in and the dates above; null when none */
  currentApply: z.string().nullable(),
  /** OptInStatus: immediate, next-maintenance, undo-opt-in; null when not opted in */
  optInStatus: z.string().nullable(),
});
export type RdsPendingMaintenanceAction = z.infer<typeof RdsPendingMaintenanceAction>;

/** The pending maintenance of one resource (DescribePendingMaintenanceActions PendingMaintenanceActions[]). */
export const RdsPendingMaintenance = z.object({
  /** ResourceIdentifier: the ARN of a DB instance or DB cluster */
  resourceArn: z.string(),
  actions: z.array(RdsPendingMaintenanceAction),
});
export type RdsPendingMaintenance = z.infer<typeof RdsPendingMaintenance>;

/** What the rds collector records, per scanned region. */
export const RdsRegion = z.object({
  /** DescribeDBInstances */
  instances: observedSchema(z.array(RdsDbInstance)),
  /** DescribeDBClusters */
  clusters: observedSchema(z.array(RdsDbCluster)),
  /** DescribeDBSnapshots (the account's own snapshots, manual and automated) */
  snapshots: observedSchema(z.array(RdsSnapshot)),
  /** DescribeDBClusterSnapshots (the account's own cluster snapshots) */
  clusterSnapshots: observedSchema(z.array(RdsSnapshot)),
  /** DescribeEventSubscriptions */
  eventSubscriptions: observedSchema(z.array(RdsEventSubscription)),
  /**
   * DescribeDBParameters for each DB parameter group an instance uses, keyed by group name: the
   * values of the parameters transport checks read (null: the parameter has no value).
   */
  parameterGroups: z.record(z.string(), observedSchema(ParameterValues)),
  /**
   * DescribeDBClusterParameters for each DB cluster parameter group an Aurora MySQL cluster uses,
   * keyed by group name: the audit parameters (server_audit_logging, server_audit_events).
   */
  clusterParameterGroups: z.record(z.string(), observedSchema(ParameterValues)),
  /** DescribeDBProxies */
  proxies: observedSchema(z.array(RdsDbProxy)),
  /**
   * DescribePendingMaintenanceActions: every resource of the region with at least one pending
   * action (a resource not listed has none); absent in inventories collected before it was read
   */
  pendingMaintenance: observedSchema(z.array(RdsPendingMaintenance)).optional(),
});
export type RdsRegion = z.infer<typeof RdsRegion>;

export const RdsSection = z.object({
  regions: regionalSchema(RdsRegion),
});
export type RdsSection = z.infer<typeof RdsSection>;
