import { describe, expect, it } from 'vitest';
import { redshiftClusterUserActivityLoggingEnabled as check } from '../../../src/checks/redshift/redshift-cluster-user-activity-logging-enabled.js';
import { denied, ok } from '../../builders/index.js';
import { redshiftLogging } from '../../builders/redshift.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-user-activity-logging-enabled', () => {
  it('passes clusters with audit logging and enable_user_activity_logging', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe(
      'Redshift cluster c1 logs user activity (audit logging on, enable_user_activity_logging true in secure-params).',
    );
  });

  it('fails a cluster with audit logging off', () => {
    const r = one(check, { logging: ok(redshiftLogging({ enabled: false })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 has audit logging turned off, so no user activity is logged.');
  });

  it('fails a cluster whose parameter group leaves enable_user_activity_logging false', () => {
    const r = one(check, {}, { parameterGroups: { 'secure-params': ok({ require_ssl: 'true', enable_user_activity_logging: 'false' }) } });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Redshift cluster c1 does not log user activity: enable_user_activity_logging is false in parameter group secure-params.',
    );
  });

  it('is UNKNOWN when the parameter is not listed', () => {
    const r = one(check, {}, { parameterGroups: { 'secure-params': ok({ require_ssl: 'true' }) } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'Whether Redshift cluster c1 logs user activity could not be decided: parameter group secure-params does not list enable_user_activity_logging.',
    );
  });

  it('is UNKNOWN when redshift:DescribeLoggingStatus is denied', () => {
    const r = one(check, { logging: denied('redshift:DescribeLoggingStatus') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeLoggingStatus');
  });

  it('is UNKNOWN when redshift:DescribeClusterParameters is denied', () => {
    const r = one(check, {}, { parameterGroups: { 'secure-params': denied('redshift:DescribeClusterParameters') } });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeClusterParameters');
  });
});
