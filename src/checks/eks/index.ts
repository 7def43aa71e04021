import type { AnyCheck } from '../types.js';
import { eksClusterAuditLoggingEnabled } from './eks-cluster-audit-logging-enabled.js';
import { eksClusterEndpointNotPublic } from './eks-cluster-endpoint-not-public.js';
import { eksClusterSecretsEncrypted } from './eks-cluster-secrets-encrypted.js';
import { eksClusterSupportedVersion } from './eks-cluster-supported-version.js';

import { eksClusterTagged } from './eks-cluster-tagged.js';
/** Every eks check, imported explicitly (no filesystem discovery). */
export const eksChecks: AnyCheck[] = [
  eksClusterTagged,
  eksClusterEndpointNotPublic,
  eksClusterSupportedVersion,
  eksClusterSecretsEncrypted,
  eksClusterAuditLoggingEnabled,
];
