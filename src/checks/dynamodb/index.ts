import type { AnyCheck } from '../types.js';
import { dynamodbTableAutoScalingEnabled } from './dynamodb-table-auto-scaling-enabled.js';
import { dynamodbTableDeletionProtectionEnabled } from './dynamodb-table-deletion-protection-enabled.js';
import { dynamodbTableEncryptedKms } from './dynamodb-table-encrypted-kms.js';
import { dynamodbTablePitrEnabled } from './dynamodb-table-pitr-enabled.js';
import { dynamodbTableTagged } from './dynamodb-table-tagged.js';

import { dynamodbTableInBackupPlan } from './dynamodb-table-in-backup-plan.js';
/** Every dynamodb check, imported explicitly (no filesystem discovery). */
export const dynamodbChecks: AnyCheck[] = [
  dynamodbTableInBackupPlan,
  dynamodbTablePitrEnabled,
  dynamodbTableDeletionProtectionEnabled,
  dynamodbTableEncryptedKms,
  dynamodbTableTagged,
  dynamodbTableAutoScalingEnabled,
];
