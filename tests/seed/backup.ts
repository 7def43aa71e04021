/**
 * Demo AWS Backup: nothing is seeded. moto 5.2.1 answers 404 to GetBackupVaultAccessPolicy and
 * ListRecoveryPointsByBackupVault and 500 to CreateBackupSelection, so no backup check can reach a
 * PASS or FAIL on moto; the collector and checks are tested with mocked answers instead.
 */
import type { ExpectedFinding } from './expected.js';

export function seedBackup(_moto: { endpoint: string }, _regions: string[]): Promise<ExpectedFinding[]> {
  return Promise.resolve([]);
}
