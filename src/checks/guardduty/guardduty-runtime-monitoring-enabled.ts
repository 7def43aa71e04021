import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyRuntimeMonitoringEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-runtime-monitoring-enabled',
  controlId: 'GuardDuty.11',
  title: 'GuardDuty Runtime Monitoring is enabled',
  severity: 'high',
  plan: 'Runtime Monitoring',
  features: ['RUNTIME_MONITORING'],
  rationale:
    'Runtime Monitoring observes operating-system level process, file and network events on EKS, ECS and EC2 workloads, where an intruder acts after the first foothold.',
  cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=RUNTIME_MONITORING,Status=ENABLED',
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
});
