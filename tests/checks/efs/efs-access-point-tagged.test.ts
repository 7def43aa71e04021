import { describe, it, expect } from 'vitest';
import { efsAccessPointTagged as check } from '../../../src/checks/efs/efs-access-point-tagged.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { efsAccessPoint, efsSection } from '../../builders/efs.js';
import type { EfsAccessPoint } from '../../../src/model/efs.js';

const one = (overrides: Partial<EfsAccessPoint>) =>
  run(check, buildInventory({ efs: efsSection([], [efsAccessPoint('fsap-1', 'us-east-1', { fileSystemId: 'fs-1', ...overrides })]) }))[0];

describe('efs-access-point-tagged', () => {
  it('passes tagged access points', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one({})?.reason).toBe('EFS access point fsap-1 of fs-1 has tag keys team.');
  });

  it('fails an untagged access point', () => {
    const r = one({ tagKeys: [] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS access point fsap-1 of fs-1 has no tags.');
  });

  it('fails an access point with AWS system tags only', () => {
    const r = one({ tagKeys: ['aws:cloudformation:stack-name'] });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('EFS access point fsap-1 of fs-1 has no tags other than AWS system tags.');
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
