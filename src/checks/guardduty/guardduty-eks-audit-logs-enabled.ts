import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyEksAuditLogsEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-eks-audit-logs-enabled',
  controlId: 'GuardDuty.5',
  title: 'GuardDuty EKS Audit Log Monitoring is enabled',
  severity: 'high',
  plan: 'EKS Audit Log Monitoring',
  features: ['EKS_AUDIT_LOGS'],
  rationale:
    'EKS Audit Log Monitoring analyses the Kubernetes audit logs of EKS clusters for suspicious API activity (anonymous access, privilege escalation through RBAC changes).',
  cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=EKS_AUDIT_LOGS,Status=ENABLED',
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html',
});
