import type { BackupResource, BackupSection } from '../../src/model/backup.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant backup resource; a test overrides only what makes its case fail. */
export function backupResource(name: string, region: string, overrides: Partial<BackupResource> = {}): BackupResource {
  return { arn: arn('backup', region, name), region, name, ...overrides };
}

export function backupSection(resources: BackupResource[]): BackupSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantBackupSection(): BackupSection {
  return backupSection(REGIONS.map((r) => backupResource(`backup-${r}`, r)));
}
