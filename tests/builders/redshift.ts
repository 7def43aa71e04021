import type {
  RedshiftCluster,
  RedshiftEventSubscription,
  RedshiftLoggingStatus,
  RedshiftParameterGroup,
  RedshiftRegion,
  RedshiftSection,
  RedshiftSnapshot,
  RedshiftSubnetGroup,
} from '../../src/model/redshift.js';
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

/** A tagged manual snapshot of a cluster. */
export function redshiftSnapshot(id: string, cluster: string, region: string, overrides: Partial<RedshiftSnapshot> = {}): RedshiftSnapshot {
  return {
    arn: arn('redshift', region, `snapshot:${cluster}/${id}`),
    region,
    id,
    clusterId: cluster,
    type: 'manual',
    tagKeys: ['owner'],
    ...overrides,
  };
}

/** A tagged subnet group with subnets in two Availability Zones. */
export function redshiftSubnetGroup(name: string, region: string, overrides: Partial<RedshiftSubnetGroup> = {}): RedshiftSubnetGroup {
  return {
    arn: arn('redshift', region, `subnetgroup:${name}`),
    region,
    name,
    subnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    availabilityZones: [`${region}a`, `${region}b`],
    tagKeys: ['owner'],
    ...overrides,
  };
}

/** A tagged cluster parameter group. */
export function redshiftParameterGroup(
  name: string,
  region: string,
  overrides: Partial<RedshiftParameterGroup> = {},
): RedshiftParameterGroup {
  return { arn: arn('redshift', region, `parametergroup:${name}`), region, name, tagKeys: ['owner'], ...overrides };
}

/** A tagged event subscription. */
export function redshiftEventSubscription(
  name: string,
  region: string,
  overrides: Partial<RedshiftEventSubscription> = {},
): RedshiftEventSubscription {
  return { arn: arn('redshift', region, `eventsubscription:${name}`), region, name, tagKeys: ['owner'], ...overrides };
}

/**
 * A region's data: the clusters given, the secure parameter group (overridable), and a tagged
 * snapshot per cluster, subnet group, parameter group and event subscription.
 */
export function redshiftRegion(clusters: RedshiftCluster[], overrides: Partial<RedshiftRegion> = {}): RedshiftRegion {
  const region = clusters[0]?.region;
  return {
    clusters: ok(clusters),
    parameterGroups: { [SECURE_PARAMETER_GROUP]: ok({ require_ssl: 'true', enable_user_activity_logging: 'true' }) },
    snapshots: ok(clusters.map((c) => redshiftSnapshot(`${c.id}-daily`, c.id, c.region))),
    subnetGroups: ok(region ? [redshiftSubnetGroup('warehouse-subnets', region)] : []),
    parameterGroupList: ok(region ? [redshiftParameterGroup(SECURE_PARAMETER_GROUP, region)] : []),
    eventSubscriptions: ok(region ? [redshiftEventSubscription('warehouse-events', region)] : []),
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
