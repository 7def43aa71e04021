import { describe, it, expect } from 'vitest';
import { efsAccessPointRootDirectoryEnforced as check } from '../../../src/checks/efs/efs-access-point-root-directory-enforced.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { efsAccessPoint, efsSection } from '../../builders/efs.js';
import type { EfsAccessPoint } from '../../../src/model/efs.js';

const one = (overrides: Partial<EfsAccessPoint>) =>
  run(check, buildInventory({ efs: efsSection([], [efsAccessPoint('fsap-1', 'us-east-1', { fileSystemId: 'fs-1', ...overrides })]) }))[0];

describe('efs-access-point-root-directory-enforced', () => {
  it('passes access points with their own root directory', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EFS access point fsap-1 of fs-1 enforces root directory /app.');
  });

  it('fails an access point rooted at "/"', () => {
    const r = one({ rootDirectoryPath: '/' });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS access point fsap-1 of fs-1 has the file system root "/" as its root directory.');
  });

  it('fails an access point without a root directory (the default is "/")', () => {
    const r = one({ rootDirectoryPath: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS access point fsap-1 of fs-1 has the file system root "/" as its root directory.');
  });

  it('is UNKNOWN for the region when elasticfilesystem:DescribeAccessPoints is denied', () => {
    const inv = buildInventory({
      efs: { regions: { 'us-east-1': { fileSystems: ok([]), accessPoints: denied('elasticfilesystem:DescribeAccessPoints') } } },
    });
    const r = run(check, inv);
    expect(r.map((x) => x.status)).toEqual(['UNKNOWN']);
    expect(r[0]?.reason).toContain('elasticfilesystem:DescribeAccessPoints');
  });
});
