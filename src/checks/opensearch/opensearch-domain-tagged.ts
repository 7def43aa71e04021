import { defineCheck, eachRegional } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';
import { label } from './rules.js';

export const opensearchDomainTagged = defineCheck({
  id: 'opensearch-domain-tagged',
  title: 'OpenSearch domains are tagged',
  service: 'opensearch',
  severity: 'low',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.9'] },
  rationale:
    'Tags say who owns a domain and what data it holds, which incident response, cost allocation and attribute-based access control depend on. As Security Hub Opensearch.9 with its default parameters, a domain passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the domain, at least with its owner.',
    cli: 'aws opensearch add-tags --arn <domain-arn> --tag-list Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-awsresourcetagging.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachRegional(ctx, inv.opensearch.domains, 'es', (domain) => judgeTagged(domain, label(domain), domain.tagKeys)),
});
