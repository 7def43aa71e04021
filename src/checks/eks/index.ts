import type { AnyCheck } from '../types.js';
import { eksClusterAuditLoggingEnabled } from './eks-cluster-audit-logging-enabled.js';
import { eksClusterEndpointNotPublic } from './eks-cluster-endpoint-not-public.js';
import { eksClusterSecretsEncrypted } from './eks-cluster-secrets-encrypted.js';
import { eksClusterSupportedVersion } from './eks-cluster-supported-version.js';

/** Every eks check, imported explicitly (no filesystem discovery). */
export const eksChecks: AnyCheck[] = [
  eksClusterEndpointNotPublic,
  eksClusterSupportedVersion,
  eksClusterSecretsEncrypted,
  eksClusterAuditLoggingEnabled,
];
