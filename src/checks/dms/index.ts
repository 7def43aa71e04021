import type { AnyCheck } from '../types.js';
import { dmsEndpointMongodbAuthEnabled } from './dms-endpoint-mongodb-auth-enabled.js';
import { dmsEndpointNeptuneIamAuthEnabled } from './dms-endpoint-neptune-iam-auth-enabled.js';
import { dmsEndpointRedisTlsEnabled } from './dms-endpoint-redis-tls-enabled.js';
import { dmsEndpointSslEnabled } from './dms-endpoint-ssl-enabled.js';
import { dmsReplicationInstanceMinorVersionUpgradeEnabled } from './dms-replication-instance-minor-version-upgrade-enabled.js';
import { dmsReplicationInstanceMultiAzEnabled } from './dms-replication-instance-multi-az-enabled.js';
import { dmsReplicationInstanceNotPublic } from './dms-replication-instance-not-public.js';
import { dmsReplicationTaskSourceLoggingEnabled } from './dms-replication-task-source-logging-enabled.js';
import { dmsReplicationTaskTargetLoggingEnabled } from './dms-replication-task-target-logging-enabled.js';

import { dmsReplicationInstanceTagged } from './dms-replication-instance-tagged.js';
/** Every dms check, imported explicitly (no filesystem discovery). */
export const dmsChecks: AnyCheck[] = [
  dmsReplicationInstanceTagged,
  dmsReplicationInstanceNotPublic,
  dmsReplicationInstanceMinorVersionUpgradeEnabled,
  dmsReplicationTaskTargetLoggingEnabled,
  dmsReplicationTaskSourceLoggingEnabled,
  dmsEndpointSslEnabled,
  dmsEndpointNeptuneIamAuthEnabled,
  dmsEndpointMongodbAuthEnabled,
  dmsEndpointRedisTlsEnabled,
  dmsReplicationInstanceMultiAzEnabled,
];
