import type { AnyCheck } from '../types.js';
import { redshiftClusterAdminUsernameNotDefault } from './redshift-cluster-admin-username-not-default.js';
import { redshiftClusterAuditLoggingEnabled } from './redshift-cluster-audit-logging-enabled.js';
import { redshiftClusterAutomatedSnapshotsEnabled } from './redshift-cluster-automated-snapshots-enabled.js';
import { redshiftClusterEncrypted } from './redshift-cluster-encrypted.js';
import { redshiftClusterEncryptedWithCustomerKey } from './redshift-cluster-encrypted-with-customer-key.js';
import { redshiftClusterEnhancedVpcRouting } from './redshift-cluster-enhanced-vpc-routing.js';
import { redshiftClusterInVpc } from './redshift-cluster-in-vpc.js';
import { redshiftClusterMultiAzEnabled } from './redshift-cluster-multi-az-enabled.js';
import { redshiftClusterNotPublic } from './redshift-cluster-not-public.js';
import { redshiftClusterPortRestricted } from './redshift-cluster-port-restricted.js';
import { redshiftClusterRequireSsl } from './redshift-cluster-require-ssl.js';
import { redshiftClusterTagged } from './redshift-cluster-tagged.js';
import { redshiftClusterUserActivityLoggingEnabled } from './redshift-cluster-user-activity-logging-enabled.js';
import { redshiftClusterVersionUpgradeEnabled } from './redshift-cluster-version-upgrade-enabled.js';

import { redshiftEventSubscriptionTagged } from './redshift-event-subscription-tagged.js';
import { redshiftSnapshotTagged } from './redshift-snapshot-tagged.js';
import { redshiftSubnetGroupTagged } from './redshift-subnet-group-tagged.js';
import { redshiftParameterGroupTagged } from './redshift-parameter-group-tagged.js';
import { redshiftSubnetGroupMultiAz } from './redshift-subnet-group-multi-az.js';
/** Every redshift check, imported explicitly (no filesystem discovery). */
export const redshiftChecks: AnyCheck[] = [
  redshiftClusterNotPublic,
  redshiftClusterRequireSsl,
  redshiftClusterAutomatedSnapshotsEnabled,
  redshiftClusterAuditLoggingEnabled,
  redshiftClusterVersionUpgradeEnabled,
  redshiftClusterEnhancedVpcRouting,
  redshiftClusterAdminUsernameNotDefault,
  redshiftClusterEncrypted,
  redshiftClusterPortRestricted,
  redshiftClusterMultiAzEnabled,
  redshiftClusterTagged,
  redshiftClusterEncryptedWithCustomerKey,
  redshiftEventSubscriptionTagged,
  redshiftSnapshotTagged,
  redshiftSubnetGroupTagged,
  redshiftParameterGroupTagged,
  redshiftSubnetGroupMultiAz,
  redshiftClusterUserActivityLoggingEnabled,
  redshiftClusterInVpc,
];
