import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { EKS_VERSIONS_CHECKED, versionStanding } from './kubernetes-versions.js';

export const eksClusterSupportedVersion = defineCheck({
  id: 'eks-cluster-supported-version',
  title: 'EKS clusters run a Kubernetes version in standard support',
  service: 'eks',
  severity: 'high',
  resourceType: 'AwsEksCluster',
  frameworks: { fsbp: ['EKS.2'] },
  rationale:
    'Kubernetes versions past standard support stop getting new EKS platform versions and, after extended support, are upgraded by AWS on its own schedule. As Security Hub EKS.2, a cluster on a version in extended support fails too. The judgment uses the Amazon EKS release calendar as recorded in the scanner (src/checks/eks/kubernetes-versions.ts) and the scan time.',
  remediation: {
    summary: 'Upgrade the control plane one minor version at a time to a version in standard support, then the node groups and add-ons.',
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-minor-version>',
    docs: 'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
  },
  reads: ['eks'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.eks.clusters, 'eks', (cluster, region) => {
      if (!cluster.detail.ok) return unknown(cluster, cluster.detail.error);
      const { version } = cluster.detail.value;
      if (!version)
        return undecided(
          cluster,
          `The Kubernetes version of EKS cluster ${cluster.name} could not be decided: DescribeCluster returned none.`,
          [missingData('eks:DescribeCluster', cluster.arn, 'the answer carried no version', { region })],
        );
      const standing = versionStanding(version, ctx.now);
      switch (standing.kind) {
        case 'standard':
          return pass(
            cluster,
            `EKS cluster ${cluster.name} runs Kubernetes ${version}, in standard support until ${standing.row.endOfStandardSupport}.`,
          );
        case 'extended':
          return fail(
            cluster,
            `EKS cluster ${cluster.name} runs Kubernetes ${version}, whose standard support ended on ${standing.row.endOfStandardSupport} (extended support until ${standing.row.endOfExtendedSupport}).`,
          );
        case 'ended':
          return fail(
            cluster,
            standing.row
              ? `EKS cluster ${cluster.name} runs Kubernetes ${version}, whose support ended on ${standing.row.endOfExtendedSupport}.`
              : `EKS cluster ${cluster.name} runs Kubernetes ${version}, older than every version Amazon EKS still supports.`,
          );
        case 'newer-than-table':
          return undecided(
            cluster,
            `Whether Kubernetes ${version} of EKS cluster ${cluster.name} is in standard support could not be decided: the scanner's EKS release calendar (checked ${EKS_VERSIONS_CHECKED}) does not list it yet.`,
          );
        case 'unparsable':
          return undecided(
            cluster,
            `Whether EKS cluster ${cluster.name} runs a supported version could not be decided: version "${version}" is not MAJOR.MINOR.`,
          );
      }
    }),
});
