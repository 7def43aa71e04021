import type { AnyCheck } from '../types.js';
import { kmsKeyRotationEnabled } from './kms-key-rotation-enabled.js';
import { kmsKeyNotPendingDeletion } from './kms-key-not-pending-deletion.js';
import { kmsCustomerPolicyNoDecryptOnAllKeys } from './kms-customer-policy-no-decrypt-on-all-keys.js';
import { kmsKeyNotPubliclyAccessible } from './kms-key-not-publicly-accessible.js';
import { kmsInlinePolicyNoDecryptOnAllKeys } from './kms-inline-policy-no-decrypt-on-all-keys.js';

/** Every kms check, imported explicitly (no filesystem discovery). */
export const kmsChecks: AnyCheck[] = [
  kmsKeyRotationEnabled,
  kmsKeyNotPendingDeletion,
  kmsCustomerPolicyNoDecryptOnAllKeys,
  kmsInlinePolicyNoDecryptOnAllKeys,
  kmsKeyNotPubliclyAccessible,
];
