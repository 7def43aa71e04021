import { describe, it, expect } from 'vitest';
import { efsFileSystemEncryptedKms as check } from '../../../src/checks/efs/efs-file-system-encrypted-kms.js';
import { arn, buildInventory, denied, run } from '../../builders/index.js';
import { efsFileSystem, efsSection } from '../../builders/efs.js';
import type { EfsFileSystem } from '../../../src/model/efs.js';

const one = (overrides: Partial<EfsFileSystem>) =>
  run(check, buildInventory({ efs: efsSection([efsFileSystem('fs-1', 'us-east-1', overrides)]) }))[0];

describe('efs-file-system-encrypted-kms', () => {
  it('passes encrypted file systems', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({ name: 'shared' })?.reason).toBe(
      `EFS file system fs-1 (shared) is encrypted at rest with KMS key ${arn('kms', 'us-east-1', 'key/1234abcd')}.`,
    );
  });

  it('fails an unencrypted file system', () => {
    const r = one({ encrypted: false, kmsKeyId: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS file system fs-1 is not encrypted at rest.');
  });

  it('is UNKNOWN for the region when elasticfilesystem:DescribeFileSystems is denied', () => {
    const inv = buildInventory({
      efs: {
        regions: { 'us-east-1': { fileSystems: denied('elasticfilesystem:DescribeFileSystems'), accessPoints: { ok: true, value: [] } } },
      },
    });
    const r = run(check, inv);
    expect(r.map((x) => x.status)).toEqual(['UNKNOWN']);
    expect(r[0]?.reason).toContain('elasticfilesystem:DescribeFileSystems');
  });
});
