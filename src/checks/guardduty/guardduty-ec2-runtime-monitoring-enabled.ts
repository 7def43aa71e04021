import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyEc2RuntimeMonitoringEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-ec2-runtime-monitoring-enabled',
  controlId: 'GuardDuty.13',
  title: 'GuardDuty EC2 Runtime Monitoring is enabled with automated agent management',
  severity: 'medium',
  plan: 'EC2 Runtime Monitoring',
  features: ['RUNTIME_MONITORING'],
  agent: 'EC2_AGENT_MANAGEMENT',
  rationale:
    'Runtime Monitoring of EC2 instances sees process, file and network events on the hosts; with automated agent management GuardDuty deploys its agent through Systems Manager, which Security Hub GuardDuty.13 requires.',
  cli: `aws guardduty update-detector --detector-id <detector-id> --features '[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"EC2_AGENT_MANAGEMENT","Status":"ENABLED"}]}]'`,
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
});
