import type { AnyCheck } from '../types.js';
import { ecrRepositoryEncryptedCmk } from './ecr-repository-encrypted-cmk.js';
import { ecrRepositoryImageScanningEnabled } from './ecr-repository-image-scanning-enabled.js';
import { ecrRepositoryLifecyclePolicyConfigured } from './ecr-repository-lifecycle-policy-configured.js';
import { ecrRepositoryPolicyNotPublic } from './ecr-repository-policy-not-public.js';
import { ecrRepositoryTagImmutabilityEnabled } from './ecr-repository-tag-immutability-enabled.js';

/** Every ecr check, imported explicitly (no filesystem discovery). */
export const ecrChecks: AnyCheck[] = [
  ecrRepositoryImageScanningEnabled,
  ecrRepositoryTagImmutabilityEnabled,
  ecrRepositoryLifecyclePolicyConfigured,
  ecrRepositoryPolicyNotPublic,
  ecrRepositoryEncryptedCmk,
];
