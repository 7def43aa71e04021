import type { RedshiftCluster, RedshiftLoggingStatus, RedshiftRegion, RedshiftSection } from '../../src/model/redshift.js';
import { REGIONS, arn, ok } from './common.js';

/** The compliant parameter group every built cluster uses unless a test says otherwise. */
export const SECURE_PARAMETER_GROUP = 'secure-params';

export function redshiftLogging(overrides: Partial<RedshiftLoggingStatus> = {}): RedshiftLoggingStatus {
  return { enabled: true, destinationType: 's3', bucketName: 'audit-logs', ...overrides };
}

/**
 * A compliant cluster: private, KMS-encrypted, 7-day snapshots, version upgrades on, enhanced VPC
 * routing, a non-default admin name, Multi-AZ, in a VPC with one security group, audit logging on.
 */
export function redshiftCluster(id: string, region: string, overrides: Partial<RedshiftCluster> = {}): RedshiftCluster {
  return {
    arn: arn('redshift', region, `cluster:${id}`),
    region,
    id,
    status: 'available',
    nodeType: 'ra3.xlplus',
    publiclyAccessible: false,
    encrypted: true,
    // The customer managed key the compliant KMS section holds in this region.
    kmsKeyId: arn('kms', region, `key/1234abcd-12ab-34cd-56ef-00000000000${Math.max(0, (REGIONS as readonly string[]).indexOf(region))}`),
    automatedSnapshotRetentionDays: 7,
    allowVersionUpgrade: true,
    enhancedVpcRouting: true,
    masterUsername: 'warehouse_admin',
    multiAz: true,
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    vpcSecurityGroupIds: ['sg-0a1b2c3d4e5f60001'],
    port: 5439,
    parameterGroups: [{ name: SECURE_PARAMETER_GROUP, applyStatus: 'in-sync' }],
    tagKeys: ['owner'],
    logging: ok(redshiftLogging()),
    ...overrides,
  };
}

/** A region's data: the clusters given, and the secure parameter group (overridable). */
export function redshiftRegion(clusters: RedshiftCluster[], overrides: Partial<RedshiftRegion> = {}): RedshiftRegion {
  return {
    clusters: ok(clusters),
    parameterGroups: { [SECURE_PARAMETER_GROUP]: ok({ require_ssl: 'true', enable_user_activity_logging: 'true' }) },
    ...overrides,
  };
}

export function redshiftSection(clusters: RedshiftCluster[], overrides: Partial<RedshiftRegion> = {}): RedshiftSection {
  return {
    regions: Object.fromEntries(
      REGIONS.map((r) => [
        r,
        redshiftRegion(
          clusters.filter((c) => c.region === r),
          overrides,
        ),
      ]),
    ),
  };
}

export function compliantRedshiftSection(): RedshiftSection {
  return redshiftSection(REGIONS.map((r) => redshiftCluster(`warehouse-${r}`, r)));
}
