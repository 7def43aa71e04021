import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';

export const eksClusterEndpointNotPublic = defineCheck({
  id: 'eks-cluster-endpoint-not-public',
  title: 'EKS cluster API server endpoints are not publicly accessible',
  service: 'eks',
  severity: 'high',
  resourceType: 'AwsEksCluster',
  frameworks: { fsbp: ['EKS.1'], checklist: ['4.18'] },
  rationale:
    'A public Kubernetes API endpoint lets anyone on the internet reach the control plane, so one leaked credential or API server flaw is enough. As Security Hub EKS.1 (AWS Config eks-endpoint-no-public-access), a cluster fails whenever public endpoint access is on, even when publicAccessCidrs narrows it.',
  remediation: {
    summary:
      'Turn on private endpoint access and turn off public endpoint access; reach the API from inside the VPC (VPN, bastion, or peered network).',
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
    docs: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  },
  reads: ['eks'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.eks.clusters, 'eks', (cluster, region) => {
      if (!cluster.detail.ok) return unknown(cluster, cluster.detail.error);
      const { endpointPublicAccess, publicAccessCidrs } = cluster.detail.value;
      if (endpointPublicAccess === false) return pass(cluster, `EKS cluster ${cluster.name} has public endpoint access turned off.`);
      if (endpointPublicAccess === true)
        return fail(
          cluster,
          `EKS cluster ${cluster.name} has a publicly accessible API server endpoint${publicAccessCidrs.length > 0 ? ` (allowed from ${listSome(publicAccessCidrs)})` : ''}.`,
        );
      return undecided(
        cluster,
        `Whether EKS cluster ${cluster.name} has a public endpoint could not be decided: DescribeCluster returned no endpointPublicAccess.`,
        [missingData('eks:DescribeCluster', cluster.arn, 'the answer carried no resourcesVpcConfig.endpointPublicAccess', { region })],
      );
    }),
});
