import { describe, it, expect } from 'vitest';
import { rdsAuroraMysqlClusterAuditLoggingEnabled as check } from '../../../src/checks/rds/rds-aurora-mysql-cluster-audit-logging-enabled.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { oneRegion, rdsCluster } from '../../builders/rds.js';
import type { RdsRegion } from '../../../src/model/rds.js';

const R = 'eu-west-1';
const results = (overrides: Partial<RdsRegion>) => run(check, buildInventory({ rds: oneRegion(overrides) }));

describe('rds-aurora-mysql-cluster-audit-logging-enabled', () => {
  it('raises no failure on the compliant account', () => {
    expect(run(check, buildInventory()).filter((r) => r.status !== 'PASS')).toEqual([]);
  });

  it('passes a cluster auditing events', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toBe('Aurora MySQL DB cluster c1 audits CONNECT,QUERY events.');
  });

  it('fails a cluster with server_audit_logging off', () => {
    const [r, ...rest] = results({
      clusters: ok([rdsCluster('c1', R)]),
      clusterParameterGroups: { 'audit-cluster-params': ok({ server_audit_logging: '0', server_audit_events: 'CONNECT' }) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Aurora MySQL DB cluster c1 has server_audit_logging 0 in DB cluster parameter group audit-cluster-params.');
  });

  it('fails a cluster auditing no events', () => {
    const [r, ...rest] = results({
      clusters: ok([rdsCluster('c1', R)]),
      clusterParameterGroups: { 'audit-cluster-params': ok({ server_audit_logging: '1', server_audit_events: null }) },
    });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe(
      'Aurora MySQL DB cluster c1 logs no audit events: server_audit_events is empty in DB cluster parameter group audit-cluster-params.',
    );
  });

  it('fails a cluster whose parameter group is not in sync', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R, { memberParameterStatuses: ['in-sync', 'pending-reboot'] })]) });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Aurora MySQL DB cluster c1 has DB cluster parameter group audit-cluster-params not in sync (pending-reboot).');
  });

  it('is UNKNOWN when the group does not list server_audit_logging', () => {
    const [r, ...rest] = results({ clusters: ok([rdsCluster('c1', R)]), clusterParameterGroups: { 'audit-cluster-params': ok({}) } });
    expect(rest).toEqual([]);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toBe(
      'DB cluster parameter group audit-cluster-params of Aurora MySQL DB cluster c1 does not list server_audit_logging.',
    );
  });

  it('leaves out other engines', () => {
    expect(
      results({
        clusters: ok([rdsCluster('c1', R, { engine: 'aurora-postgresql' })]),
        clusterParameterGroups: { 'audit-cluster-params': ok({}) },
      }),
    ).toEqual([]);
  });

  it('is UNKNOWN naming rds:DescribeDBClusterParameters when it is denied', () => {
    const r = results({
      clusters: ok([rdsCluster('c1', R)]),
      clusterParameterGroups: { 'audit-cluster-params': denied('rds:DescribeDBClusterParameters') },
    }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusterParameters');
  });

  it('is UNKNOWN naming rds:DescribeDBClusterParameters when it is denied', () => {
    const r = results({ clusters: ok([rdsCluster('c1', R)]), clusterParameterGroups: {} }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusterParameters');
  });

  it('is UNKNOWN naming rds:DescribeDBClusters when it is denied', () => {
    const r = results({ clusters: denied('rds:DescribeDBClusters') }).find((x) => x.status === 'UNKNOWN');
    expect(r?.reason).toContain('rds:DescribeDBClusters');
  });
});
