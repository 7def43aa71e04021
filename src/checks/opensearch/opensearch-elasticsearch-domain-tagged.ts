import { defineCheck, eachRegional } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';
import { label } from './rules.js';

export const opensearchElasticsearchDomainTagged = defineCheck({
  id: 'opensearch-elasticsearch-domain-tagged',
  title: 'Elasticsearch domains are tagged',
  service: 'opensearch',
  severity: 'low',
  resourceType: 'AwsElasticsearchDomain',
  frameworks: { fsbp: ['ES.9'] },
  rationale:
    'Tags say who owns a domain and what data it holds, which incident response, cost allocation and attribute-based access control depend on. As Security Hub ES.9 with its default parameters, judged on every OpenSearch Service domain (AWS Config also records each as AWS::Elasticsearch::Domain), a domain passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the domain, at least with its owner.',
    cli: 'aws opensearch add-tags --arn <domain-arn> --tag-list Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-awsresourcetagging.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachRegional(ctx, inv.opensearch.domains, 'es', (domain) => judgeTagged(domain, label(domain), domain.tagKeys)),
});
