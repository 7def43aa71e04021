import type { AnyCheck } from '../types.js';
import { backupRecoveryPointEncrypted } from './backup-recovery-point-encrypted.js';
import { backupVaultPolicyNotPublic } from './backup-vault-policy-not-public.js';

/** Every backup check, imported explicitly (no filesystem discovery). */
export const backupChecks: AnyCheck[] = [backupRecoveryPointEncrypted, backupVaultPolicyNotPublic];
