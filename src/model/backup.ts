import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A vault access policy document as parsed JSON (the raw text only when it was not JSON). */
export const BackupVaultPolicy = z.json();
export type BackupVaultPolicy = z.infer<typeof BackupVaultPolicy>;

export const BackupRecoveryPoint = z.object({
  /** ListRecoveryPointsByBackupVault RecoveryPoints[].RecoveryPointArn */
  arn: z.string(),
  region: z.string(),
  /** RecoveryPoints[].ResourceArn: what was backed up */
  resourceArn: z.string().nullable(),
  /** RecoveryPoints[].IsEncrypted; null when the answer omits it */
  isEncrypted: z.boolean().nullable(),
  /** RecoveryPoints[].EncryptionKeyArn; null when absent */
  encryptionKeyArn: z.string().nullable(),
});
export type BackupRecoveryPoint = z.infer<typeof BackupRecoveryPoint>;

export const BackupVault = z.object({
  /** ListBackupVaults BackupVaultList[].BackupVaultArn */
  arn: z.string(),
  region: z.string(),
  /** BackupVaultName */
  name: z.string(),
  /** GetBackupVaultAccessPolicy Policy as parsed JSON; null when the vault has none (ResourceNotFoundException) */
  policy: observedSchema(BackupVaultPolicy.nullable()),
  /** ListRecoveryPointsByBackupVault, every page */
  recoveryPoints: observedSchema(z.array(BackupRecoveryPoint)),
});
export type BackupVault = z.infer<typeof BackupVault>;

/** A tag or condition of a backup selection: ConditionKey (e.g. `aws:ResourceTag/team`) and ConditionValue. */
export const BackupCondition = z.object({ key: z.string(), value: z.string() });
export type BackupCondition = z.infer<typeof BackupCondition>;

/** GetBackupSelection BackupSelection: which resources a plan backs up. */
export const BackupSelection = z.object({
  /** ListBackupSelections SelectionId */
  selectionId: z.string(),
  /** SelectionName */
  name: z.string(),
  /** Resources: ARNs, `*` wildcards allowed */
  resources: z.array(z.string()),
  /** NotResources: ARNs excluded, `*` wildcards allowed */
  notResources: z.array(z.string()),
  /** ListOfTags (STRINGEQUALS): a resource with any one of these tags is selected */
  listOfTags: z.array(BackupCondition),
  /** Conditions: every one must hold (on aws:ResourceTag/<key>) */
  conditions: z.object({
    stringEquals: z.array(BackupCondition),
    stringNotEquals: z.array(BackupCondition),
    stringLike: z.array(BackupCondition),
    stringNotLike: z.array(BackupCondition),
  }),
});
export type BackupSelection = z.infer<typeof BackupSelection>;

export const BackupPlan = z.object({
  /** ListBackupPlans BackupPlansList[].BackupPlanArn */
  arn: z.string(),
  region: z.string(),
  /** BackupPlanId */
  id: z.string(),
  /** BackupPlanName */
  name: z.string(),
  /** ListBackupSelections, each read with GetBackupSelection */
  selections: observedSchema(z.array(BackupSelection)),
});
export type BackupPlan = z.infer<typeof BackupPlan>;

/** Everything read in one region. */
export const BackupRegion = z.object({
  /** ListBackupVaults, each with its access policy and recovery points */
  vaults: observedSchema(z.array(BackupVault)),
  /** ListBackupPlans, each with its resource selections */
  plans: observedSchema(z.array(BackupPlan)),
});
export type BackupRegion = z.infer<typeof BackupRegion>;

/** What the backup collector records. */
export const BackupSection = z.object({
  /** Per scanned region */
  regions: regionalSchema(BackupRegion),
});
export type BackupSection = z.infer<typeof BackupSection>;
