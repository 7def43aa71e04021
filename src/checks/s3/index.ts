import type { AnyCheck } from '../types.js';
import { s3BucketObjectLockEnabled } from './s3-bucket-object-lock-enabled.js';
import { s3BucketEventNotificationsEnabled } from './s3-bucket-event-notifications-enabled.js';
import { s3AccountPublicAccessBlockEnabled } from './s3-account-public-access-block-enabled.js';
import { s3BucketPublicAccessBlockEnabled } from './s3-bucket-public-access-block-enabled.js';
import { s3BucketPublicReadProhibited } from './s3-bucket-public-read-prohibited.js';
import { s3BucketPublicWriteProhibited } from './s3-bucket-public-write-prohibited.js';
import { s3BucketDefaultEncryptionEnabled } from './s3-bucket-default-encryption-enabled.js';
import { s3BucketDefaultEncryptionKms } from './s3-bucket-default-encryption-kms.js';
import { s3BucketSslRequestsOnly } from './s3-bucket-ssl-requests-only.js';
import { s3BucketMfaDeleteEnabled } from './s3-bucket-mfa-delete-enabled.js';
import { s3BucketVersioningEnabled } from './s3-bucket-versioning-enabled.js';
import { s3BucketLifecycleConfigured } from './s3-bucket-lifecycle-configured.js';
import { s3BucketVersionedLifecycleConfigured } from './s3-bucket-versioned-lifecycle-configured.js';
import { s3BucketAccessLoggingEnabled } from './s3-bucket-access-logging-enabled.js';
import { s3BucketAclsDisabled } from './s3-bucket-acls-disabled.js';
import { s3BucketPolicyNoCrossAccountBlockedActions } from './s3-bucket-policy-no-cross-account-blocked-actions.js';
import { s3BucketVersioningMfaDeleteEnabled } from './s3-bucket-versioning-mfa-delete-enabled.js';

/** Every s3 check, imported explicitly (no filesystem discovery). */
export const s3Checks: AnyCheck[] = [
  s3AccountPublicAccessBlockEnabled,
  s3BucketPublicAccessBlockEnabled,
  s3BucketPublicReadProhibited,
  s3BucketPublicWriteProhibited,
  s3BucketDefaultEncryptionEnabled,
  s3BucketDefaultEncryptionKms,
  s3BucketSslRequestsOnly,
  s3BucketMfaDeleteEnabled,
  s3BucketVersioningMfaDeleteEnabled,
  s3BucketVersioningEnabled,
  s3BucketLifecycleConfigured,
  s3BucketVersionedLifecycleConfigured,
  s3BucketAccessLoggingEnabled,
  s3BucketAclsDisabled,
  s3BucketPolicyNoCrossAccountBlockedActions,
  s3BucketObjectLockEnabled,
  s3BucketEventNotificationsEnabled,
];
