import { defineCheck } from '../define-check.js';
import { eachDomain, serviceSoftwareCurrent } from './rules.js';

export const opensearchDomainServiceSoftwareUpToDate = defineCheck({
  id: 'opensearch-domain-service-software-up-to-date',
  title: 'OpenSearch domains have the latest service software update installed',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.10'] },
  rationale:
    'Service software updates carry OpenSearch Service platform fixes, security patches included; a domain that leaves an available update uninstalled keeps the old platform until AWS forces the update. As Security Hub Opensearch.10, judged on every OpenSearch Service domain (AWS::OpenSearch::Domain): a domain fails when ServiceSoftwareOptions.UpdateAvailable is true (an update is available but not installed).',
  remediation: {
    summary: 'Start the service software update during a low-traffic window (or schedule it in an off-peak window).',
    cli: 'aws opensearch start-service-software-update --domain-name <domain>',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, serviceSoftwareCurrent),
});
