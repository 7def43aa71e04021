import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** What DescribeCluster says about a cluster: only the fields the checks read. */
export const EksClusterDetail = z.object({
  /** DescribeCluster cluster.version: the Kubernetes minor version (`1.33`); null when absent. */
  version: z.string().nullable(),
  /**
   * DescribeCluster resourcesVpcConfig.endpointPublicAccess: whether the Kubernetes API server
   * endpoint answers from the internet; null when the answer omits it (AWS always returns it).
   */
  endpointPublicAccess: z.boolean().nullable(),
  /** DescribeCluster resourcesVpcConfig.publicAccessCidrs: who may reach the public endpoint (`0.0.0.0/0` by default) */
  publicAccessCidrs: z.array(z.string()),
  /** DescribeCluster encryptionConfig[].resources, flattened: `secrets` when envelope encryption with a KMS key is on */
  encryptedResources: z.array(z.string()),
  /** DescribeCluster logging.clusterLogging[] entries with enabled=true, their types flattened (api, audit, ...), sorted */
  enabledLogTypes: z.array(z.string()),
  /** DescribeCluster cluster.tags keys (values are not kept); absent in inventories collected before they were kept */
  tagKeys: z.array(z.string()).optional(),
});
export type EksClusterDetail = z.infer<typeof EksClusterDetail>;

export const EksCluster = z.object({
  arn: z.string(),
  region: z.string(),
  /** ListClusters: the cluster name */
  name: z.string(),
  /** DescribeCluster */
  detail: observedSchema(EksClusterDetail),
});
export type EksCluster = z.infer<typeof EksCluster>;

/** What the eks collector records. */
export const EksSection = z.object({
  /** ListClusters per scanned region */
  clusters: regionalSchema(observedSchema(z.array(EksCluster))),
});
export type EksSection = z.infer<typeof EksSection>;
