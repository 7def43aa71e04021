import { describe, expect, it } from 'vitest';
import { redshiftClusterAuditLoggingEnabled as check } from '../../../src/checks/redshift/redshift-cluster-audit-logging-enabled.js';
import { denied, ok } from '../../builders/index.js';
import { redshiftLogging } from '../../builders/redshift.js';
import { compliant, one } from './helpers.js';

describe('redshift-cluster-audit-logging-enabled', () => {
  it('passes clusters logging to S3', () => {
    expect(compliant(check).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(one(check)?.reason).toBe('Redshift cluster c1 has audit logging enabled to S3 bucket audit-logs.');
  });

  it('passes a cluster logging to CloudWatch Logs', () => {
    const r = one(check, { logging: ok(redshiftLogging({ destinationType: 'cloudwatch', bucketName: null })) });
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Redshift cluster c1 has audit logging enabled to CloudWatch Logs.');
  });

  it('fails a cluster with audit logging off', () => {
    const r = one(check, { logging: ok(redshiftLogging({ enabled: false, destinationType: null, bucketName: null })) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Redshift cluster c1 has audit logging turned off.');
  });

  it('is UNKNOWN when redshift:DescribeLoggingStatus is denied', () => {
    const r = one(check, { logging: denied('redshift:DescribeLoggingStatus') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('redshift:DescribeLoggingStatus');
  });
});
