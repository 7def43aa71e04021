import type { AnyCheck } from '../types.js';
import { kmsKeyRotationEnabled } from './kms-key-rotation-enabled.js';
import { kmsKeyNotPendingDeletion } from './kms-key-not-pending-deletion.js';

/** Every kms check, imported explicitly (no filesystem discovery). */
export const kmsChecks: AnyCheck[] = [kmsKeyRotationEnabled, kmsKeyNotPendingDeletion];
