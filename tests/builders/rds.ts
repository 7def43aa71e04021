import type {
  RdsDbCluster,
  RdsDbInstance,
  RdsDbProxy,
  RdsEventSubscription,
  RdsRegion,
  RdsSection,
  RdsSnapshot,
} from '../../src/model/rds.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant standalone RDS for MySQL instance; a test overrides only what makes its case fail. */
export function rdsInstance(id: string, region: string, overrides: Partial<RdsDbInstance> = {}): RdsDbInstance {
  return {
    arn: arn('rds', region, `db:${id}`),
    region,
    id,
    engine: 'mysql',
    engineVersion: '8.0.39',
    status: 'available',
    clusterId: null,
    replicaSource: null,
    publiclyAccessible: false,
    storageEncrypted: true,
    multiAz: true,
    monitoringInterval: 60,
    deletionProtection: true,
    logExports: ['audit', 'error', 'general', 'slowquery'],
    iamAuth: true,
    backupRetentionDays: 7,
    autoMinorVersionUpgrade: true,
    copyTagsToSnapshot: true,
    port: 3307,
    masterUsername: 'dbowner',
    parameterGroups: [{ name: 'secure-params', applyStatus: 'in-sync' }],
    // The subnet and VPC of the compliant EC2 builder (a private subnet routed through a NAT gateway).
    vpcId: 'vpc-0a1b2c3d4e5f60001',
    subnetIds: ['subnet-0a1b2c3d4e5f60001'],
    tagKeys: ['owner'],
    tags: { owner: 'data' },
    // The customer managed key and the private security group of the compliant KMS and EC2 builders.
    kmsKeyId: arn('kms', region, `key/1234abcd-12ab-34cd-56ef-00000000000${Math.max(0, (REGIONS as readonly string[]).indexOf(region))}`),
    securityGroupIds: ['sg-0a1b2c3d4e5f60001'],
    ...overrides,
  };
}

/** A compliant Aurora MySQL cluster. */
export function rdsCluster(id: string, region: string, overrides: Partial<RdsDbCluster> = {}): RdsDbCluster {
  return {
    arn: arn('rds', region, `cluster:${id}`),
    region,
    id,
    engine: 'aurora-mysql',
    engineMode: 'provisioned',
    status: 'available',
    multiAz: true,
    deletionProtection: true,
    iamAuth: true,
    storageEncrypted: true,
    backupRetentionDays: 7,
    autoMinorVersionUpgrade: true,
    copyTagsToSnapshot: true,
    logExports: ['audit', 'error', 'general', 'slowquery', 'postgresql'],
    port: 3307,
    masterUsername: 'dbowner',
    backtrackWindow: 86400,
    parameterGroup: 'audit-cluster-params',
    memberParameterStatuses: ['in-sync'],
    tagKeys: ['owner'],
    ...overrides,
  };
}

/** A compliant (encrypted, private, manual) DB snapshot; `kind` 'cluster-snapshot' for a cluster snapshot. */
export function rdsSnapshot(id: string, region: string, overrides: Partial<RdsSnapshot> = {}, kind = 'snapshot'): RdsSnapshot {
  return {
    arn: arn('rds', region, `${kind}:${id}`),
    region,
    id,
    type: 'manual',
    encrypted: true,
    tagKeys: ['owner'],
    restorableBy: ok([]),
    ...overrides,
  };
}

/** An enabled subscription to every event of every source type. */
export function rdsEventSubscription(name: string, region: string, overrides: Partial<RdsEventSubscription> = {}): RdsEventSubscription {
  return { arn: arn('rds', region, `es:${name}`), region, name, enabled: true, sourceType: null, eventCategories: [], ...overrides };
}

/** An RDS Proxy that requires TLS. */
export function rdsProxy(name: string, region: string, overrides: Partial<RdsDbProxy> = {}): RdsDbProxy {
  return { arn: arn('rds', region, `db-proxy:prx-${name}`), region, name, requireTls: true, ...overrides };
}

/** The audit parameters of the compliant cluster's group. */
export const AUDIT_PARAMETERS = { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY' };

/** The parameters of the compliant instance's group: TLS required for every engine. */
export const SECURE_PARAMETERS = { 'rds.force_ssl': '1', require_secure_transport: 'ON' };

/** One region's data, compliant: one of each resource. */
export function rdsRegion(region: string, overrides: Partial<RdsRegion> = {}): RdsRegion {
  return {
    instances: ok([rdsInstance(`db-${region}`, region)]),
    clusters: ok([rdsCluster(`cluster-${region}`, region)]),
    snapshots: ok([rdsSnapshot(`snap-${region}`, region)]),
    clusterSnapshots: ok([rdsSnapshot(`csnap-${region}`, region, {}, 'cluster-snapshot')]),
    eventSubscriptions: ok([rdsEventSubscription(`events-${region}`, region)]),
    parameterGroups: { 'secure-params': ok(SECURE_PARAMETERS) },
    clusterParameterGroups: { 'audit-cluster-params': ok(AUDIT_PARAMETERS) },
    proxies: ok([rdsProxy(`proxy-${region}`, region)]),
    pendingMaintenance: ok([]),
    ...overrides,
  };
}

export function rdsSection(regions: Record<string, RdsRegion>): RdsSection {
  return { regions };
}

export function compliantRdsSection(): RdsSection {
  return rdsSection(Object.fromEntries(REGIONS.map((r) => [r, rdsRegion(r)])));
}

/** A section with one region (eu-west-1) holding `overrides`. */
export function oneRegion(overrides: Partial<RdsRegion>): RdsSection {
  return rdsSection({ 'eu-west-1': rdsRegion('eu-west-1', overrides) });
}
