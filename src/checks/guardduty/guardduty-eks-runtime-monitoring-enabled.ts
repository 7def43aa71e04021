import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyEksRuntimeMonitoringEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-eks-runtime-monitoring-enabled',
  controlId: 'GuardDuty.7',
  title: 'GuardDuty EKS Runtime Monitoring is enabled with automated agent management',
  severity: 'high',
  plan: 'EKS Runtime Monitoring',
  features: ['EKS_RUNTIME_MONITORING', 'RUNTIME_MONITORING'],
  agent: 'EKS_ADDON_MANAGEMENT',
  rationale:
    'EKS Runtime Monitoring sees process, file and network events inside EKS nodes and containers; with automated agent management GuardDuty keeps its agent deployed on every cluster, which Security Hub GuardDuty.7 requires.',
  cli: `aws guardduty update-detector --detector-id <detector-id> --features '[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"EKS_ADDON_MANAGEMENT","Status":"ENABLED"}]}]'`,
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
});
