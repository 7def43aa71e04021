import type { AnyCheck } from '../types.js';
import { secretsmanagerSecretPolicyNoCrossAccountAccess } from './secretsmanager-secret-policy-no-cross-account-access.js';
import { secretsmanagerSecretPolicyNotPublic } from './secretsmanager-secret-policy-not-public.js';
import { secretsmanagerSecretCustomerManagedKey } from './secretsmanager-secret-customer-managed-key.js';
import { secretsmanagerSecretRecentlyUsed } from './secretsmanager-secret-recently-used.js';
import { secretsmanagerSecretRotatedWithin90Days } from './secretsmanager-secret-rotated-within-90-days.js';
import { secretsmanagerSecretRotationEnabled } from './secretsmanager-secret-rotation-enabled.js';
import { secretsmanagerSecretRotationSucceeding } from './secretsmanager-secret-rotation-succeeding.js';
import { secretsmanagerSecretTagged } from './secretsmanager-secret-tagged.js';

/** Every secretsmanager check, imported explicitly (no filesystem discovery). */
export const secretsmanagerChecks: AnyCheck[] = [
  secretsmanagerSecretRotationEnabled,
  secretsmanagerSecretRotationSucceeding,
  secretsmanagerSecretRecentlyUsed,
  secretsmanagerSecretRotatedWithin90Days,
  secretsmanagerSecretTagged,
  secretsmanagerSecretCustomerManagedKey,
  secretsmanagerSecretPolicyNotPublic,
  secretsmanagerSecretPolicyNoCrossAccountAccess,
];
