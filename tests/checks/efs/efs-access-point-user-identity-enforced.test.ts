import { describe, it, expect } from 'vitest';
import { efsAccessPointUserIdentityEnforced as check } from '../../../src/checks/efs/efs-access-point-user-identity-enforced.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { efsAccessPoint, efsSection } from '../../builders/efs.js';
import type { EfsAccessPoint } from '../../../src/model/efs.js';

const one = (overrides: Partial<EfsAccessPoint>) =>
  run(check, buildInventory({ efs: efsSection([], [efsAccessPoint('fsap-1', 'us-east-1', { fileSystemId: 'fs-1', ...overrides })]) }))[0];

describe('efs-access-point-user-identity-enforced', () => {
  it('passes access points that enforce a POSIX user', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EFS access point fsap-1 of fs-1 enforces POSIX user 1000:1000.');
  });

  it('fails an access point without a POSIX user', () => {
    const r = one({ posixUser: null });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS access point fsap-1 of fs-1 enforces no POSIX user identity.');
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
