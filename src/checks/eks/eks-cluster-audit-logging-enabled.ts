import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';

export const eksClusterAuditLoggingEnabled = defineCheck({
  id: 'eks-cluster-audit-logging-enabled',
  title: 'EKS clusters send control plane audit logs to CloudWatch Logs',
  service: 'eks',
  severity: 'medium',
  resourceType: 'AwsEksCluster',
  frameworks: { fsbp: ['EKS.8'] },
  rationale:
    'Kubernetes audit logs record who called the API server and what they did, the trail incident response needs inside a cluster. As Security Hub EKS.8 (AWS Config eks-cluster-logging-enabled with its default log type audit), a cluster passes when the audit control plane log type is enabled.',
  remediation: {
    summary: 'Enable the audit control plane log type (CloudWatch Logs charges apply).',
    cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["audit"],"enabled":true}]}\'',
    docs: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
  },
  reads: ['eks'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.eks.clusters, 'eks', (cluster) => {
      if (!cluster.detail.ok) return unknown(cluster, cluster.detail.error);
      const types = cluster.detail.value.enabledLogTypes;
      if (types.includes('audit')) return pass(cluster, `EKS cluster ${cluster.name} sends audit logs to CloudWatch Logs.`);
      return fail(
        cluster,
        types.length > 0
          ? `EKS cluster ${cluster.name} logs ${listSome(types)} but not audit.`
          : `EKS cluster ${cluster.name} has no control plane logging enabled.`,
      );
    }),
});
