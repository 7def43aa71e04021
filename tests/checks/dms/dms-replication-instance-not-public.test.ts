import { describe, expect, it } from 'vitest';
import { dmsReplicationInstanceNotPublic as check } from '../../../src/checks/dms/dms-replication-instance-not-public.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { dmsSection } from '../../builders/dms.js';
import { compliant, instance } from './helpers.js';

describe('dms-replication-instance-not-public', () => {
  it('passes private instances', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(instance(check)?.reason).toBe('DMS replication instance ri1 is not publicly accessible.');
  });

  it('fails a public instance', () => {
    const r = instance(check, { publiclyAccessible: true });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS replication instance ri1 is publicly accessible.');
  });

  it('is UNKNOWN for the region when dms:DescribeReplicationInstances is denied', () => {
    const section = dmsSection({}, { replicationInstances: denied('dms:DescribeReplicationInstances') });
    const [r] = run(check, buildInventory({ dms: section }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('dms:DescribeReplicationInstances');
  });
});
