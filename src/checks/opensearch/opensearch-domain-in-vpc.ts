import { defineCheck } from '../define-check.js';
import { eachDomain, inVpc } from './rules.js';

export const opensearchDomainInVpc = defineCheck({
  id: 'opensearch-domain-in-vpc',
  title: 'OpenSearch domains are in a VPC',
  service: 'opensearch',
  severity: 'critical',
  resourceType: 'AwsOpenSearchServiceDomain',
  frameworks: { fsbp: ['Opensearch.2'] },
  rationale:
    "A domain with a public endpoint can be reached from the internet and is protected only by its access policy; a domain in a VPC is reachable only through the VPC, with security groups and network ACLs in front of it. As Security Hub Opensearch.2, judged on every OpenSearch Service domain (AWS::OpenSearch::Domain): a domain passes when DescribeDomains reports VPCOptions (a VPC endpoint); as the control documents, the subnets' routing is not evaluated. Whether the access policy is open is judged by opensearch-domain-access-policy-not-public.",
  remediation: {
    summary:
      'A domain cannot be moved into a VPC: create a new domain with VPC access and migrate the data (for example with a snapshot restore).',
    console: 'Amazon OpenSearch Service console > Create domain > Network: VPC access, then migrate the data and delete the public domain.',
    docs: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html',
  },
  reads: ['opensearch'],
  evaluate: (inv, ctx) => eachDomain(ctx, inv.opensearch, inVpc),
});
