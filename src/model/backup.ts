import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/**
 * One backup resource: only what checks read. Name each field's API call and what null means,
 * as the other model files do; never store a secret value.
 */
export const BackupResource = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListBackupVaults: the resource's name or id */
  name: z.string(),
});
export type BackupResource = z.infer<typeof BackupResource>;

/** What the backup collector records. */
export const BackupSection = z.object({
  /** ListBackupVaults per scanned region */
  resources: regionalSchema(observedSchema(z.array(BackupResource))),
});
export type BackupSection = z.infer<typeof BackupSection>;
