import { defineCheck } from '../define-check.js';
import { eachDomain, threeDataNodesZoneAware } from './rules.js';

export const opensearchDomainThreeDataNodesZoneAware = defineCheck({
  id: 'opensearch-domain-three-data-nodes-zone-aware',
  title: 'OpenSearch domains have at least three data nodes with zone awareness',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.6'] },
  rationale:
    'With at least three data nodes spread across Availability Zones, the domain keeps serving and keeps its replicas when a node or a zone fails. As Security Hub Opensearch.6, judged on every OpenSearch Service domain (AWS::OpenSearch::Domain): a domain passes when ClusterConfig.InstanceCount is at least 3 and ZoneAwarenessEnabled is true.',
  remediation: {
    summary: 'Set at least three data nodes (a multiple of three across three Availability Zones) and enable zone awareness.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, threeDataNodesZoneAware),
});
