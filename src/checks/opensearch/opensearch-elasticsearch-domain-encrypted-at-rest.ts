import { defineCheck } from '../define-check.js';
import { eachDomain, encryptedAtRest } from './rules.js';

export const opensearchElasticsearchDomainEncryptedAtRest = defineCheck({
  id: 'opensearch-elasticsearch-domain-encrypted-at-rest',
  title: 'Elasticsearch domains encrypt data at rest',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsElasticsearchDomain',
  frameworks: { fsbp: ['ES.1'], checklist: ['3.30'] },
  rationale:
    'Encryption at rest protects indices, logs, swap files and automated snapshots with an AWS KMS key, so that storage media or snapshots leaked outside OpenSearch Service reveal nothing. As Security Hub ES.1, judged on every OpenSearch Service domain, which AWS Config also records as AWS::Elasticsearch::Domain: a domain passes when EncryptionAtRestOptions is enabled; a domain that reports no encryption options fails.',
  remediation: {
    summary:
      'Enable encryption at rest (OpenSearch 1.0 or later, or Elasticsearch 6.7 or later, on an instance type that supports it); older domains must be migrated to a new encrypted domain.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, encryptedAtRest),
});
