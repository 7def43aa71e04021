import { describe, expect, it } from 'vitest';
import { redshiftClusterRequireSsl as check } from '../../../src/checks/redshift/redshift-cluster-require-ssl.js';
import { denied, ok } from '../../builders/index.js';
import { compliant, one } from './helpers.js';

const defaultGroup = [{ name: 'default.redshift-2.0', applyStatus: 'in-sync' }];

describe('redshift-cluster-require-ssl', () => {
  it('passes clusters whose parameter group sets require_ssl', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 requires TLS (require_ssl is true in parameter group secure-params).');
  });

  it('fails a cluster on the default parameter group, where require_ssl is false', () => {
    const r = one(
      check,
      { parameterGroups: defaultGroup },
      { parameterGroups: { 'default.redshift-2.0': ok({ require_ssl: 'false', enable_user_activity_logging: 'false' }) } },
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Redshift cluster c1 accepts unencrypted connections: require_ssl is false in parameter group default.redshift-2.0.',
    );
  });

  it('is UNKNOWN when the group does not list require_ssl', () => {
    const r = one(check, {}, { parameterGroups: { 'secure-params': ok({}) } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether Redshift cluster c1 requires TLS could not be decided: parameter group secure-params does not list require_ssl.',
    );
  });

  it('is UNKNOWN when the cluster lists no parameter group', () => {
    const r = one(check, { parameterGroups: [] });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe('Whether Redshift cluster c1 requires TLS could not be decided: DescribeClusters listed no parameter group.');
  });

  it('is UNKNOWN when redshift:DescribeClusterParameters is denied', () => {
    const r = one(check, {}, { parameterGroups: { 'secure-params': denied('redshift:DescribeClusterParameters') } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterParameters');
  });

  it('is UNKNOWN when the group was not read at all', () => {
    const r = one(check, {}, { parameterGroups: {} });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('parameter group secure-params is not in the inventory');
  });
});
