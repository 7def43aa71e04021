import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** One DAX cluster as DescribeClusters returns it (only what checks read). */
export const DaxCluster = z.object({
  /** DescribeClusters Clusters[].ClusterArn */
  arn: z.string(),
  region: z.string(),
  /** Clusters[].ClusterName */
  name: z.string(),
  /** Clusters[].SSEDescription.Status: ENABLED, ENABLING, DISABLED, DISABLING; null when the answer has no SSEDescription (encryption at rest off) */
  sseStatus: z.string().nullable(),
  /** Clusters[].ClusterEndpointEncryptionType: TLS or NONE; null when absent (NONE, AWS's default) */
  endpointEncryptionType: z.string().nullable(),
});
export type DaxCluster = z.infer<typeof DaxCluster>;

/** What the dax collector records. */
export const DaxSection = z.object({
  /** DescribeClusters per scanned region */
  clusters: regionalSchema(observedSchema(z.array(DaxCluster))),
});
export type DaxSection = z.infer<typeof DaxSection>;
