import { describe, it, expect } from 'vitest';
import { efsFileSystemAutomaticBackupsEnabled as check } from '../../../src/checks/efs/efs-file-system-automatic-backups-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { efsFileSystem, efsSection } from '../../builders/efs.js';
import type { EfsFileSystem } from '../../../src/model/efs.js';

const one = (overrides: Partial<EfsFileSystem>) =>
  run(check, buildInventory({ efs: efsSection([efsFileSystem('fs-1', 'us-east-1', overrides)]) }))[0];

describe('efs-file-system-automatic-backups-enabled', () => {
  it('passes file systems with automatic backups enabled', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EFS file system fs-1 has automatic backups enabled.');
  });

  it('fails a file system with automatic backups disabled', () => {
    const r = one({ backupPolicy: ok('DISABLED') });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS file system fs-1 has automatic backups disabled.');
  });

  it('fails a file system without a backup policy', () => {
    const r = one({ backupPolicy: ok(null) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS file system fs-1 has no backup policy, so automatic backups are off.');
  });

  it('is UNKNOWN while the backup policy changes state', () => {
    const r = one({ backupPolicy: ok('ENABLING') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('EFS file system fs-1 has its automatic backups changing state (ENABLING).');
  });

  it('is UNKNOWN when elasticfilesystem:DescribeBackupPolicy is denied', () => {
    const r = one({ backupPolicy: denied('elasticfilesystem:DescribeBackupPolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('elasticfilesystem:DescribeBackupPolicy');
  });
});
