import { describe, expect, it } from 'vitest';
import { dmsReplicationInstanceMultiAzEnabled as check } from '../../../src/checks/dms/dms-replication-instance-multi-az-enabled.js';
import { compliant, instance } from './helpers.js';

describe('dms-replication-instance-multi-az-enabled', () => {
  it('passes Multi-AZ instances', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(instance(check)?.reason).toBe('DMS replication instance ri1 is deployed in multiple Availability Zones.');
  });

  it('fails a single-AZ instance', () => {
    const r = instance(check, { multiAz: false });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS replication instance ri1 is deployed in a single Availability Zone.');
  });

  it('is UNKNOWN when the answer carried no MultiAZ', () => {
    const r = instance(check, { multiAz: null });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether DMS replication instance ri1 is Multi-AZ could not be decided: dms:DescribeReplicationInstances sent no MultiAZ.',
    );
  });
});
