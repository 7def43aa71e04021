import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A domain access policy as parsed JSON (the raw text only when it was not JSON). */
export const OpenSearchDomainPolicy = z.json();
export type OpenSearchDomainPolicy = z.infer<typeof OpenSearchDomainPolicy>;

/** One LogPublishingOptions entry (DescribeDomains LogPublishingOptions.<type>). */
export const OpenSearchLogPublishing = z.object({
  /** Enabled; false when AWS omits it. */
  enabled: z.boolean(),
  /** CloudWatchLogsLogGroupArn; null when the entry names no log group. */
  logGroupArn: z.string().nullable(),
});
export type OpenSearchLogPublishing = z.infer<typeof OpenSearchLogPublishing>;

/** What DescribeDomains (opensearch API) says about one domain: only what the checks read. */
export const OpenSearchDomainStatus = z.object({
  /** EncryptionAtRestOptions.Enabled; null when the answer has no EncryptionAtRestOptions. */
  encryptionAtRest: z.boolean().nullable(),
  /** NodeToNodeEncryptionOptions.Enabled; null when the answer has no NodeToNodeEncryptionOptions. */
  nodeToNodeEncryption: z.boolean().nullable(),
  /** DomainEndpointOptions.EnforceHTTPS; null when the answer has no DomainEndpointOptions.EnforceHTTPS. */
  enforceHttps: z.boolean().nullable(),
  /** DomainEndpointOptions.TLSSecurityPolicy (e.g. `Policy-Min-TLS-1-2-PFS-2023-10`); null when absent. */
  tlsSecurityPolicy: z.string().nullable(),
  /** AdvancedSecurityOptions.Enabled (fine-grained access control); null when the answer has no AdvancedSecurityOptions. */
  fineGrainedAccessControl: z.boolean().nullable(),
  /**
   * VPCOptions: the domain's VPC endpoint (VPCId, SubnetIds); null when the answer has no
   * VPCOptions, which is how AWS describes a domain with a public endpoint.
   */
  vpc: z.object({ vpcId: z.string().nullable(), subnetIds: z.array(z.string()) }).nullable(),
  /**
   * LogPublishingOptions by log type (ES_APPLICATION_LOGS, AUDIT_LOGS, SEARCH_SLOW_LOGS,
   * INDEX_SLOW_LOGS); a type without an entry is not published.
   */
  logPublishing: z.record(z.string(), OpenSearchLogPublishing),
  /** ClusterConfig: data nodes, zone awareness and dedicated master (primary) nodes. */
  cluster: z.object({
    /** InstanceCount: data nodes; null when absent. */
    instanceCount: z.number().nullable(),
    /** ZoneAwarenessEnabled; null when absent. */
    zoneAwarenessEnabled: z.boolean().nullable(),
    /** DedicatedMasterEnabled; null when absent. */
    dedicatedMasterEnabled: z.boolean().nullable(),
    /** DedicatedMasterCount; null when absent (no dedicated master nodes). */
    dedicatedMasterCount: z.number().nullable(),
  }),
  /**
   * ServiceSoftwareOptions: the service software update state; null when the answer has no
   * ServiceSoftwareOptions (so whether an update is pending is not known).
   */
  serviceSoftware: z
    .object({
      /** UpdateAvailable; null when absent. */
      updateAvailable: z.boolean().nullable(),
      /** UpdateStatus: PENDING_UPDATE, IN_PROGRESS, COMPLETED, NOT_ELIGIBLE or ELIGIBLE; null when absent. */
      updateStatus: z.string().nullable(),
      /** CurrentVersion, e.g. `OpenSearch_2_11_R20240502`; null when absent. */
      currentVersion: z.string().nullable(),
      /** NewVersion: the update's version; null (or empty) when none. */
      newVersion: z.string().nullable(),
    })
    .nullable(),
  /** AccessPolicies as parsed JSON; null when the domain has no access policy (AWS returns an empty string). */
  accessPolicy: OpenSearchDomainPolicy.nullable(),
});
export type OpenSearchDomainStatus = z.infer<typeof OpenSearchDomainStatus>;

/**
 * An Amazon OpenSearch Service domain, whatever its engine: the opensearch API lists and describes
 * OpenSearch and legacy Elasticsearch domains alike (the es API sees the same domains).
 */
export const OpenSearchDomain = z.object({
  /** The domain ARN (`arn:aws:es:REGION:ACCOUNT:domain/NAME`) from DescribeDomains, or built from the name when it was not described. */
  arn: z.string(),
  region: z.string(),
  /** ListDomainNames DomainName */
  name: z.string(),
  /** DescribeDomains (batches of five names) */
  status: observedSchema(OpenSearchDomainStatus),
  /** ListTags: the domain's tag keys (values are not kept; checks read keys only), sorted */
  tagKeys: observedSchema(z.array(z.string())),
});
export type OpenSearchDomain = z.infer<typeof OpenSearchDomain>;

/** What the opensearch collector records. */
export const OpensearchSection = z.object({
  /** ListDomainNames per scanned region, each domain described with DescribeDomains */
  domains: regionalSchema(observedSchema(z.array(OpenSearchDomain))),
});
export type OpensearchSection = z.infer<typeof OpensearchSection>;
