import { defineCheck } from '../define-check.js';
import { eachDomain, threeDedicatedMasterNodes } from './rules.js';

export const opensearchElasticsearchDomainThreeDedicatedMasterNodes = defineCheck({
  id: 'opensearch-elasticsearch-domain-three-dedicated-master-nodes',
  title: 'Elasticsearch domains have at least three dedicated master nodes',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AwsElasticsearchDomain',
  frameworks: { fsbp: ['ES.7'] },
  rationale:
    'Dedicated master (primary) nodes manage the cluster state apart from the data nodes; three of them keep a quorum when one fails, including during blue/green deployments. As Security Hub ES.7, judged on every OpenSearch Service domain, which AWS Config also records as AWS::Elasticsearch::Domain: a domain passes when ClusterConfig.DedicatedMasterEnabled is true and DedicatedMasterCount is at least 3.',
  remediation: {
    summary: 'Enable dedicated master nodes and set their count to three.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=<instance-type>',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, threeDedicatedMasterNodes),
});
