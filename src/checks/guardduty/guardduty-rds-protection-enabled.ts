import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyRdsProtectionEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-rds-protection-enabled',
  controlId: 'GuardDuty.9',
  title: 'GuardDuty RDS Protection is enabled',
  severity: 'high',
  plan: 'RDS Protection',
  features: ['RDS_LOGIN_EVENTS'],
  rationale: 'RDS Protection analyses login activity on Aurora and RDS databases for brute force and logins from unusual places.',
  cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=RDS_LOGIN_EVENTS,Status=ENABLED',
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/rds-protection.html',
});
