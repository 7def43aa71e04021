import { defineCheck } from '../define-check.js';
import { eachDomain, nodeToNodeEncrypted } from './rules.js';

export const opensearchElasticsearchDomainNodeToNodeEncryptionEnabled = defineCheck({
  id: 'opensearch-elasticsearch-domain-node-to-node-encryption-enabled',
  title: 'Elasticsearch domains encrypt traffic between nodes',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsElasticsearchDomain',
  frameworks: { fsbp: ['ES.3'], checklist: ['3.30'] },
  rationale:
    'Node-to-node encryption adds TLS to the traffic between the nodes of a domain, so that data replicated and queried inside the cluster cannot be read or altered on the network. As Security Hub ES.3, judged on every OpenSearch Service domain, which AWS Config also records as AWS::Elasticsearch::Domain: a domain passes when NodeToNodeEncryptionOptions is enabled; an engine version that cannot enable it fails.',
  remediation: {
    summary: 'Enable node-to-node encryption (OpenSearch, or Elasticsearch 6.0 or later).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, nodeToNodeEncrypted),
});
