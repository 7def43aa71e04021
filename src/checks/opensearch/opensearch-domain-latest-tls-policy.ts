import { defineCheck } from '../define-check.js';
import { eachDomain, latestTlsPolicy } from './rules.js';

export const opensearchDomainLatestTlsPolicy = defineCheck({
  id: 'opensearch-domain-latest-tls-policy',
  title: 'OpenSearch domains enforce HTTPS with the latest TLS security policy',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.8'], checklist: ['3.30'] },
  rationale:
    "Requests to the domain endpoint carry queries, documents and credentials; enforcing HTTPS with the latest TLS security policy refuses plain HTTP and old protocol versions and ciphers. As Security Hub Opensearch.8, judged on every OpenSearch Service domain (AWS::OpenSearch::Domain): a domain passes when DomainEndpointOptions enforces HTTPS with TLS security policy Policy-Min-TLS-1-2-PFS-2023-10 (the control's tlsPolicies parameter, not customizable); any other policy fails.",
  remediation: {
    summary: 'Enforce HTTPS and set the TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, latestTlsPolicy),
});
