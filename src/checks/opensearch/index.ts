import type { AnyCheck } from '../types.js';
import { opensearchDomainAccessPolicyNotPublic } from './opensearch-domain-access-policy-not-public.js';
import { opensearchDomainAuditLoggingEnabled } from './opensearch-domain-audit-logging-enabled.js';
import { opensearchDomainEncryptedAtRest } from './opensearch-domain-encrypted-at-rest.js';
import { opensearchDomainErrorLogsToCloudwatch } from './opensearch-domain-error-logs-to-cloudwatch.js';
import { opensearchDomainFineGrainedAccessControlEnabled } from './opensearch-domain-fine-grained-access-control-enabled.js';
import { opensearchDomainInVpc } from './opensearch-domain-in-vpc.js';
import { opensearchDomainLatestTlsPolicy } from './opensearch-domain-latest-tls-policy.js';
import { opensearchDomainNodeToNodeEncryptionEnabled } from './opensearch-domain-node-to-node-encryption-enabled.js';
import { opensearchDomainTagged } from './opensearch-domain-tagged.js';
import { opensearchElasticsearchDomainTagged } from './opensearch-elasticsearch-domain-tagged.js';
import { opensearchDomainServiceSoftwareUpToDate } from './opensearch-domain-service-software-up-to-date.js';
import { opensearchDomainThreeDataNodesZoneAware } from './opensearch-domain-three-data-nodes-zone-aware.js';
import { opensearchDomainThreeDedicatedMasterNodes } from './opensearch-domain-three-dedicated-master-nodes.js';
import { opensearchElasticsearchDomainAuditLoggingEnabled } from './opensearch-elasticsearch-domain-audit-logging-enabled.js';
import { opensearchElasticsearchDomainEncryptedAtRest } from './opensearch-elasticsearch-domain-encrypted-at-rest.js';
import { opensearchElasticsearchDomainErrorLogsToCloudwatch } from './opensearch-elasticsearch-domain-error-logs-to-cloudwatch.js';
import { opensearchElasticsearchDomainInVpc } from './opensearch-elasticsearch-domain-in-vpc.js';
import { opensearchElasticsearchDomainLatestTlsPolicy } from './opensearch-elasticsearch-domain-latest-tls-policy.js';
import { opensearchElasticsearchDomainNodeToNodeEncryptionEnabled } from './opensearch-elasticsearch-domain-node-to-node-encryption-enabled.js';
import { opensearchElasticsearchDomainThreeDataNodesZoneAware } from './opensearch-elasticsearch-domain-three-data-nodes-zone-aware.js';
import { opensearchElasticsearchDomainThreeDedicatedMasterNodes } from './opensearch-elasticsearch-domain-three-dedicated-master-nodes.js';

/** Every opensearch check, imported explicitly (no filesystem discovery): Opensearch.* controls, then ES.*, then our own. */
export const opensearchChecks: AnyCheck[] = [
  opensearchDomainEncryptedAtRest,
  opensearchDomainInVpc,
  opensearchDomainNodeToNodeEncryptionEnabled,
  opensearchDomainErrorLogsToCloudwatch,
  opensearchDomainAuditLoggingEnabled,
  opensearchDomainThreeDataNodesZoneAware,
  opensearchDomainFineGrainedAccessControlEnabled,
  opensearchDomainLatestTlsPolicy,
  opensearchDomainTagged,
  opensearchDomainServiceSoftwareUpToDate,
  opensearchDomainThreeDedicatedMasterNodes,
  opensearchElasticsearchDomainEncryptedAtRest,
  opensearchElasticsearchDomainInVpc,
  opensearchElasticsearchDomainNodeToNodeEncryptionEnabled,
  opensearchElasticsearchDomainErrorLogsToCloudwatch,
  opensearchElasticsearchDomainAuditLoggingEnabled,
  opensearchElasticsearchDomainThreeDataNodesZoneAware,
  opensearchElasticsearchDomainThreeDedicatedMasterNodes,
  opensearchElasticsearchDomainLatestTlsPolicy,
  opensearchElasticsearchDomainTagged,
  opensearchDomainAccessPolicyNotPublic,
];
