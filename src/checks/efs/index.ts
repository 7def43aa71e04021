import type { AnyCheck } from '../types.js';
import { efsAccessPointTagged } from './efs-access-point-tagged.js';
import { efsAccessPointRootDirectoryEnforced } from './efs-access-point-root-directory-enforced.js';
import { efsAccessPointUserIdentityEnforced } from './efs-access-point-user-identity-enforced.js';
import { efsFileSystemAutomaticBackupsEnabled } from './efs-file-system-automatic-backups-enabled.js';
import { efsFileSystemInBackupPlan } from './efs-file-system-in-backup-plan.js';
import { efsFileSystemEncryptedAtRest } from './efs-file-system-encrypted-at-rest.js';
import { efsFileSystemEncryptedKms } from './efs-file-system-encrypted-kms.js';
import { efsFileSystemMountTargetsPrivateSubnets } from './efs-file-system-mount-targets-private-subnets.js';
import { efsFileSystemPolicyNotPublic } from './efs-file-system-policy-not-public.js';

/** Every efs check, imported explicitly (no filesystem discovery). */
export const efsChecks: AnyCheck[] = [
  efsFileSystemEncryptedKms,
  efsFileSystemEncryptedAtRest,
  efsAccessPointRootDirectoryEnforced,
  efsAccessPointUserIdentityEnforced,
  efsFileSystemMountTargetsPrivateSubnets,
  efsFileSystemAutomaticBackupsEnabled,
  efsFileSystemPolicyNotPublic,
  efsAccessPointTagged,
  efsFileSystemInBackupPlan,
];
