import type { AnyCheck } from '../types.js';
import { rdsInstanceEncryptedWithCustomerKey } from './rds-instance-encrypted-with-customer-key.js';
import { rdsInstanceSecurityGroupsRestricted } from './rds-instance-security-groups-restricted.js';
import { rdsSnapshotPrivate } from './rds-snapshot-private.js';
import { rdsInstanceNotPubliclyAccessible } from './rds-instance-not-publicly-accessible.js';
import { rdsInstanceStorageEncrypted } from './rds-instance-storage-encrypted.js';
import { rdsSnapshotEncrypted } from './rds-snapshot-encrypted.js';
import { rdsInstanceMultiAz } from './rds-instance-multi-az.js';
import { rdsInstanceEnhancedMonitoringEnabled } from './rds-instance-enhanced-monitoring-enabled.js';
import { rdsClusterDeletionProtectionEnabled } from './rds-cluster-deletion-protection-enabled.js';
import { rdsInstanceDeletionProtectionEnabled } from './rds-instance-deletion-protection-enabled.js';
import { rdsInstanceLogsToCloudwatch } from './rds-instance-logs-to-cloudwatch.js';
import { rdsInstanceIamAuthenticationEnabled } from './rds-instance-iam-authentication-enabled.js';
import { rdsInstanceBackupsEnabled } from './rds-instance-backups-enabled.js';
import { rdsClusterIamAuthenticationEnabled } from './rds-cluster-iam-authentication-enabled.js';
import { rdsInstanceAutoMinorVersionUpgradeEnabled } from './rds-instance-auto-minor-version-upgrade-enabled.js';
import { rdsClusterBacktrackingEnabled } from './rds-cluster-backtracking-enabled.js';
import { rdsClusterMultiAz } from './rds-cluster-multi-az.js';
import { rdsAuroraClusterCopyTagsToSnapshots } from './rds-aurora-cluster-copy-tags-to-snapshots.js';
import { rdsInstanceCopyTagsToSnapshots } from './rds-instance-copy-tags-to-snapshots.js';
import { rdsClusterEventSubscriptionConfigured } from './rds-cluster-event-subscription-configured.js';
import { rdsInstanceEventSubscriptionConfigured } from './rds-instance-event-subscription-configured.js';
import { rdsParameterGroupEventSubscriptionConfigured } from './rds-parameter-group-event-subscription-configured.js';
import { rdsSecurityGroupEventSubscriptionConfigured } from './rds-security-group-event-subscription-configured.js';
import { rdsInstanceNonDefaultPort } from './rds-instance-non-default-port.js';
import { rdsClusterCustomAdminUsername } from './rds-cluster-custom-admin-username.js';
import { rdsInstanceCustomAdminUsername } from './rds-instance-custom-admin-username.js';
import { rdsClusterStorageEncrypted } from './rds-cluster-storage-encrypted.js';
import { rdsClusterTagged } from './rds-cluster-tagged.js';
import { rdsClusterSnapshotTagged } from './rds-cluster-snapshot-tagged.js';
import { rdsInstanceTagged } from './rds-instance-tagged.js';
import { rdsSnapshotTagged } from './rds-snapshot-tagged.js';
import { rdsAuroraMysqlClusterAuditLogsToCloudwatch } from './rds-aurora-mysql-cluster-audit-logs-to-cloudwatch.js';
import { rdsClusterAutoMinorVersionUpgradeEnabled } from './rds-cluster-auto-minor-version-upgrade-enabled.js';
import { rdsPostgresqlInstanceLogsToCloudwatch } from './rds-postgresql-instance-logs-to-cloudwatch.js';
import { rdsAuroraPostgresqlClusterLogsToCloudwatch } from './rds-aurora-postgresql-cluster-logs-to-cloudwatch.js';
import { rdsPostgresqlInstanceRequiresTls } from './rds-postgresql-instance-requires-tls.js';
import { rdsMysqlInstanceRequiresTls } from './rds-mysql-instance-requires-tls.js';
import { rdsSqlserverInstanceLogsToCloudwatch } from './rds-sqlserver-instance-logs-to-cloudwatch.js';
import { rdsSqlserverInstanceRequiresTls } from './rds-sqlserver-instance-requires-tls.js';
import { rdsMariadbInstanceLogsToCloudwatch } from './rds-mariadb-instance-logs-to-cloudwatch.js';
import { rdsProxyRequiresTls } from './rds-proxy-requires-tls.js';
import { rdsMariadbInstanceRequiresTls } from './rds-mariadb-instance-requires-tls.js';
import { rdsAuroraMysqlClusterAuditLoggingEnabled } from './rds-aurora-mysql-cluster-audit-logging-enabled.js';
import { rdsInstanceNotInPublicSubnet } from './rds-instance-not-in-public-subnet.js';
import { rdsPostgresqlClusterCopyTagsToSnapshots } from './rds-postgresql-cluster-copy-tags-to-snapshots.js';
import { rdsMysqlClusterCopyTagsToSnapshots } from './rds-mysql-cluster-copy-tags-to-snapshots.js';
import { rdsClusterBackupRetention } from './rds-cluster-backup-retention.js';

import { rdsInstanceNoPendingEngineUpdates } from './rds-instance-no-pending-engine-updates.js';
import { rdsClusterNoPendingEngineUpdates } from './rds-cluster-no-pending-engine-updates.js';
import { rdsInstanceInVpc } from './rds-instance-in-vpc.js';
import { rdsInstanceInBackupPlan } from './rds-instance-in-backup-plan.js';
/** Every rds check, imported explicitly (no filesystem discovery), in Security Hub control order. */
export const rdsChecks: AnyCheck[] = [
  rdsInstanceInBackupPlan,
  rdsInstanceNoPendingEngineUpdates,
  rdsClusterNoPendingEngineUpdates,
  rdsInstanceInVpc,
  rdsSnapshotPrivate,
  rdsInstanceNotPubliclyAccessible,
  rdsInstanceStorageEncrypted,
  rdsSnapshotEncrypted,
  rdsInstanceMultiAz,
  rdsInstanceEnhancedMonitoringEnabled,
  rdsClusterDeletionProtectionEnabled,
  rdsInstanceDeletionProtectionEnabled,
  rdsInstanceLogsToCloudwatch,
  rdsInstanceIamAuthenticationEnabled,
  rdsInstanceBackupsEnabled,
  rdsClusterIamAuthenticationEnabled,
  rdsInstanceAutoMinorVersionUpgradeEnabled,
  rdsClusterBacktrackingEnabled,
  rdsClusterMultiAz,
  rdsAuroraClusterCopyTagsToSnapshots,
  rdsInstanceCopyTagsToSnapshots,
  rdsClusterEventSubscriptionConfigured,
  rdsInstanceEventSubscriptionConfigured,
  rdsParameterGroupEventSubscriptionConfigured,
  rdsSecurityGroupEventSubscriptionConfigured,
  rdsInstanceNonDefaultPort,
  rdsClusterCustomAdminUsername,
  rdsInstanceCustomAdminUsername,
  rdsClusterStorageEncrypted,
  rdsClusterTagged,
  rdsClusterSnapshotTagged,
  rdsInstanceTagged,
  rdsSnapshotTagged,
  rdsAuroraMysqlClusterAuditLogsToCloudwatch,
  rdsClusterAutoMinorVersionUpgradeEnabled,
  rdsPostgresqlInstanceLogsToCloudwatch,
  rdsAuroraPostgresqlClusterLogsToCloudwatch,
  rdsPostgresqlInstanceRequiresTls,
  rdsMysqlInstanceRequiresTls,
  rdsSqlserverInstanceLogsToCloudwatch,
  rdsSqlserverInstanceRequiresTls,
  rdsMariadbInstanceLogsToCloudwatch,
  rdsProxyRequiresTls,
  rdsMariadbInstanceRequiresTls,
  rdsAuroraMysqlClusterAuditLoggingEnabled,
  rdsInstanceNotInPublicSubnet,
  rdsPostgresqlClusterCopyTagsToSnapshots,
  rdsMysqlClusterCopyTagsToSnapshots,
  rdsClusterBackupRetention,
  rdsInstanceEncryptedWithCustomerKey,
  rdsInstanceSecurityGroupsRestricted,
];
