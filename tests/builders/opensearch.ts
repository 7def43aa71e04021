import type { OpenSearchDomain, OpenSearchDomainStatus, OpensearchSection } from '../../src/model/opensearch.js';
import { REGIONS, arn, ok } from './common.js';

const LOG_GROUP = (region: string, type: string) => arn('logs', region, `log-group:/aws/OpenSearchService/domains/search/${type}`);

/**
 * A compliant domain status: encrypted at rest and between nodes, HTTPS with the latest TLS policy,
 * fine-grained access control, in a VPC, error and audit logs to CloudWatch Logs, three data nodes
 * across zones with three dedicated master nodes, service software current, no access policy.
 */
export function openSearchDomainStatus(region = 'us-east-1', overrides: Partial<OpenSearchDomainStatus> = {}): OpenSearchDomainStatus {
  return {
    encryptionAtRest: true,
    nodeToNodeEncryption: true,
    enforceHttps: true,
    tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
    fineGrainedAccessControl: true,
    vpc: { vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0a', 'subnet-0b', 'subnet-0c'] },
    logPublishing: {
      ES_APPLICATION_LOGS: { enabled: true, logGroupArn: LOG_GROUP(region, 'error') },
      AUDIT_LOGS: { enabled: true, logGroupArn: LOG_GROUP(region, 'audit') },
    },
    cluster: { instanceCount: 3, zoneAwarenessEnabled: true, dedicatedMasterEnabled: true, dedicatedMasterCount: 3 },
    serviceSoftware: {
      updateAvailable: false,
      updateStatus: 'COMPLETED',
      currentVersion: 'OpenSearch_2_11_R20240502',
      newVersion: null,
    },
    accessPolicy: null,
    ...overrides,
  };
}

/** A compliant domain; a test overrides only what makes its case fail. */
export function openSearchDomain(
  name: string,
  region: string,
  status: Partial<OpenSearchDomainStatus> = {},
  overrides: Partial<OpenSearchDomain> = {},
): OpenSearchDomain {
  return {
    arn: arn('es', region, `domain/${name}`),
    region,
    name,
    status: ok(openSearchDomainStatus(region, status)),
    tagKeys: ok(['owner']),
    ...overrides,
  };
}

export function opensearchSection(domains: OpenSearchDomain[]): OpensearchSection {
  return { domains: Object.fromEntries(REGIONS.map((r) => [r, ok(domains.filter((x) => x.region === r))])) };
}

export function compliantOpensearchSection(): OpensearchSection {
  return opensearchSection(REGIONS.map((r) => openSearchDomain(`search-${r}`, r)));
}
