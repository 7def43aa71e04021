import { defineCheck } from '../define-check.js';
import { eachDomain, threeDedicatedMasterNodes } from './rules.js';

export const opensearchDomainThreeDedicatedMasterNodes = defineCheck({
  id: 'opensearch-domain-three-dedicated-master-nodes',
  title: 'OpenSearch domains have at least three dedicated master nodes',
  service: 'opensearch',
  severity: 'low',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.11'] },
  rationale:
    'Dedicated master (primary) nodes manage the cluster state apart from the data nodes; three of them keep a quorum when one fails, including during blue/green deployments. As Security Hub Opensearch.11, judged on every OpenSearch Service domain (AWS::OpenSearch::Domain): a domain passes when ClusterConfig.DedicatedMasterEnabled is true and DedicatedMasterCount is at least 3.',
  remediation: {
    summary: 'Enable dedicated master nodes and set their count to three.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=<instance-type>',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, threeDedicatedMasterNodes),
});
