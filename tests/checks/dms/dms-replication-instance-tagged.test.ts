import { describe, expect, it } from 'vitest';
import { dmsReplicationInstanceTagged as check } from '../../../src/checks/dms/dms-replication-instance-tagged.js';
import { denied, ok } from '../../builders/index.js';
import { compliant, instance } from './helpers.js';

describe('dms-replication-instance-tagged', () => {
  it('passes tagged instances', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(instance(check)?.reason).toBe('DMS replication instance ri1 has tag keys owner.');
  });

  it('fails an instance without user tags', () => {
    const r = instance(check, { tagKeys: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('DMS replication instance ri1 has no tags.');
    expect(instance(check, { tagKeys: ok(['aws:cloudformation:stack-name']) })?.reason).toBe(
      'DMS replication instance ri1 has no tags other than AWS system tags.',
    );
  });

  it('is UNKNOWN when dms:ListTagsForResource is denied or was not read', () => {
    const d = instance(check, { tagKeys: denied('dms:ListTagsForResource') });
    expect(d?.status).toBe('UNKNOWN');
    expect(d?.reason).toContain('dms:ListTagsForResource');
    expect(instance(check, { tagKeys: undefined })?.reason).toContain('dms:ListTagsForResource');
  });
});
