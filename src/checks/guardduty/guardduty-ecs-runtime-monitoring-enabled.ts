import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyEcsRuntimeMonitoringEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-ecs-runtime-monitoring-enabled',
  controlId: 'GuardDuty.12',
  title: 'GuardDuty ECS Runtime Monitoring is enabled with the automated Fargate agent',
  severity: 'medium',
  plan: 'ECS Runtime Monitoring',
  features: ['RUNTIME_MONITORING'],
  agent: 'ECS_FARGATE_AGENT_MANAGEMENT',
  rationale:
    'On ECS Fargate GuardDuty can only monitor runtime behaviour through its automatically managed agent; Security Hub GuardDuty.12 requires that agent configuration enabled.',
  cli: `aws guardduty update-detector --detector-id <detector-id> --features '[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"ECS_FARGATE_AGENT_MANAGEMENT","Status":"ENABLED"}]}]'`,
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
});
