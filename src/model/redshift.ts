import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A cluster parameter group a cluster uses (DescribeClusters ClusterParameterGroups[]). */
export const RedshiftClusterParameterGroup = z.object({
  /** ParameterGroupName, e.g. `default.redshift-2.0` or a custom group */
  name: z.string(),
  /** ParameterApplyStatus: in-sync, pending-reboot, applying, ...; null when AWS sent none */
  applyStatus: z.string().nullable(),
});
export type RedshiftClusterParameterGroup = z.infer<typeof RedshiftClusterParameterGroup>;

/** DescribeLoggingStatus: the cluster's audit logging. */
export const RedshiftLoggingStatus = z.object({
  /** LoggingEnabled: whether audit logging (connection, user and user activity logs) is on */
  enabled: z.boolean(),
  /** LogDestinationType: `s3` or `cloudwatch`; null when AWS sent none (logging off, or the older S3-only answer) */
  destinationType: z.string().nullable(),
  /** BucketName: the S3 bucket of the logs; null when empty or absent (not logging to S3) */
  bucketName: z.string().nullable(),
});
export type RedshiftLoggingStatus = z.infer<typeof RedshiftLoggingStatus>;

export const RedshiftCluster = z.object({
  /** arn:PARTITION:redshift:REGION:ACCOUNT:cluster:ID (DescribeClusters returns no cluster ARN; this is AWS's documented form) */
  arn: z.string(),
  region: z.string(),
  /** ClusterIdentifier */
  id: z.string(),
  /** ClusterStatus: available, creating, paused, ...; null when AWS sent none */
  status: z.string().nullable(),
  /** NodeType, e.g. ra3.xlplus; null when AWS sent none */
  nodeType: z.string().nullable(),
  /** PubliclyAccessible (absent read as false: AWS always sends it) */
  publiclyAccessible: z.boolean(),
  /** Encrypted (absent read as false: AWS always sends it) */
  encrypted: z.boolean(),
  /** KmsKeyId: the KMS key of an encrypted cluster; null when not encrypted with KMS or not sent */
  kmsKeyId: z.string().nullable(),
  /** AutomatedSnapshotRetentionPeriod in days (0: automated snapshots off); null when AWS sent none */
  automatedSnapshotRetentionDays: z.number().nullable(),
  /** AllowVersionUpgrade: major version upgrades applied in the maintenance window; null when AWS sent none */
  allowVersionUpgrade: z.boolean().nullable(),
  /** EnhancedVpcRouting; null when AWS sent none */
  enhancedVpcRouting: z.boolean().nullable(),
  /** MasterUsername (the admin user name; never a password); null when AWS sent none */
  masterUsername: z.string().nullable(),
  /**
   * MultiAZ, sent as text ("Enabled" / "Disabled"): true when the cluster is deployed in two
   * Availability Zones; null when AWS sent no MultiAZ field (older answers, or an emulator)
   */
  multiAz: z.boolean().nullable(),
  /** VpcId: the VPC of the cluster; null when AWS sent none (an EC2-Classic cluster) */
  vpcId: z.string().nullable(),
  /** VpcSecurityGroups[].VpcSecurityGroupId */
  vpcSecurityGroupIds: z.array(z.string()),
  /** Endpoint.Port: the port clients connect to; null when the cluster has no endpoint yet (creating) */
  port: z.number().nullable(),
  /** ClusterParameterGroups[] */
  parameterGroups: z.array(RedshiftClusterParameterGroup),
  /** Tags[].Key (values are not kept) */
  tagKeys: z.array(z.string()),
  /** DescribeLoggingStatus */
  logging: observedSchema(RedshiftLoggingStatus),
});
export type RedshiftCluster = z.infer<typeof RedshiftCluster>;

/** Values of the cluster parameters checks read (null: the parameter is listed without a value). */
const ParameterValues = z.record(z.string(), z.string().nullable());

/** A manual or automated cluster snapshot the account owns (DescribeClusterSnapshots Snapshots[]). */
export const RedshiftSnapshot = z.object({
  /** SnapshotArn, else AWS's documented form arn:PARTITION:redshift:REGION:ACCOUNT:snapshot:CLUSTER/SNAPSHOT */
  arn: z.string(),
  region: z.string(),
  /** SnapshotIdentifier */
  id: z.string(),
  /** ClusterIdentifier */
  clusterId: z.string(),
  /** SnapshotType: manual or automated; null when AWS sent none */
  type: z.string().nullable(),
  /** Tags[].Key (values are not kept) */
  tagKeys: z.array(z.string()),
});
export type RedshiftSnapshot = z.infer<typeof RedshiftSnapshot>;

/** A cluster subnet group (DescribeClusterSubnetGroups ClusterSubnetGroups[]). */
export const RedshiftSubnetGroup = z.object({
  /** arn:PARTITION:redshift:REGION:ACCOUNT:subnetgroup:NAME (the API returns no ARN) */
  arn: z.string(),
  region: z.string(),
  /** ClusterSubnetGroupName */
  name: z.string(),
  /** Subnets[].SubnetIdentifier */
  subnetIds: z.array(z.string()),
  /** Subnets[].SubnetAvailabilityZone.Name, distinct and sorted (a subnet without one is left out) */
  availabilityZones: z.array(z.string()),
  /** Tags[].Key (values are not kept) */
  tagKeys: z.array(z.string()),
});
export type RedshiftSubnetGroup = z.infer<typeof RedshiftSubnetGroup>;

/** A cluster parameter group, default or custom (DescribeClusterParameterGroups ParameterGroups[]). */
export const RedshiftParameterGroup = z.object({
  /** arn:PARTITION:redshift:REGION:ACCOUNT:parametergroup:NAME (the API returns no ARN) */
  arn: z.string(),
  region: z.string(),
  /** ParameterGroupName */
  name: z.string(),
  /** Tags[].Key (values are not kept) */
  tagKeys: z.array(z.string()),
});
export type RedshiftParameterGroup = z.infer<typeof RedshiftParameterGroup>;

/** An event notification subscription (DescribeEventSubscriptions EventSubscriptionsList[]). */
export const RedshiftEventSubscription = z.object({
  /** arn:PARTITION:redshift:REGION:ACCOUNT:eventsubscription:NAME (the API returns no ARN) */
  arn: z.string(),
  region: z.string(),
  /** CustSubscriptionId */
  name: z.string(),
  /** Tags[].Key (values are not kept) */
  tagKeys: z.array(z.string()),
});
export type RedshiftEventSubscription = z.infer<typeof RedshiftEventSubscription>;

/** What the redshift collector records, per scanned region. */
export const RedshiftRegion = z.object({
  /** DescribeClusters */
  clusters: observedSchema(z.array(RedshiftCluster)),
  /**
   * DescribeClusterParameters for each cluster parameter group a cluster uses, keyed by group name:
   * the values of require_ssl and enable_user_activity_logging (a parameter missing from the map
   * was not listed).
   */
  parameterGroups: z.record(z.string(), observedSchema(ParameterValues)),
  /** DescribeClusterSnapshots (OwnerAccount: the scanned account); absent in inventories collected before it was read */
  snapshots: observedSchema(z.array(RedshiftSnapshot)).optional(),
  /** DescribeClusterSubnetGroups; absent in older inventories */
  subnetGroups: observedSchema(z.array(RedshiftSubnetGroup)).optional(),
  /** DescribeClusterParameterGroups (every group, default ones included); absent in older inventories */
  parameterGroupList: observedSchema(z.array(RedshiftParameterGroup)).optional(),
  /** DescribeEventSubscriptions; absent in older inventories */
  eventSubscriptions: observedSchema(z.array(RedshiftEventSubscription)).optional(),
});
export type RedshiftRegion = z.infer<typeof RedshiftRegion>;

/** What the redshift collector records. */
export const RedshiftSection = z.object({
  regions: regionalSchema(RedshiftRegion),
});
export type RedshiftSection = z.infer<typeof RedshiftSection>;
