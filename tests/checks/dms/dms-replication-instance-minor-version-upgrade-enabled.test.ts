import { describe, expect, it } from 'vitest';
import { dmsReplicationInstanceMinorVersionUpgradeEnabled as check } from '../../../src/checks/dms/dms-replication-instance-minor-version-upgrade-enabled.js';
import { compliant, instance } from './helpers.js';

describe('dms-replication-instance-minor-version-upgrade-enabled', () => {
  it('passes instances with automatic minor version upgrades', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(instance(check)?.reason).toBe('DMS replication instance ri1 has automatic minor version upgrades enabled.');
  });

  it('fails an instance without them', () => {
    const r = instance(check, { autoMinorVersionUpgrade: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS replication instance ri1 has automatic minor version upgrades turned off.');
  });

  it('is UNKNOWN when the answer carried no AutoMinorVersionUpgrade', () => {
    const r = instance(check, { autoMinorVersionUpgrade: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether DMS replication instance ri1 upgrades minor versions automatically could not be decided: dms:DescribeReplicationInstances sent no AutoMinorVersionUpgrade.',
    );
  });
});
