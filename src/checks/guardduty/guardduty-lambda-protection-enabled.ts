import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyLambdaProtectionEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-lambda-protection-enabled',
  controlId: 'GuardDuty.6',
  title: 'GuardDuty Lambda Protection is enabled',
  severity: 'high',
  plan: 'Lambda Protection',
  features: ['LAMBDA_NETWORK_LOGS'],
  rationale:
    'Lambda Protection watches the network activity of Lambda functions for crypto-mining and calls to known-bad hosts, which no other GuardDuty source sees.',
  cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=LAMBDA_NETWORK_LOGS,Status=ENABLED',
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/lambda-protection.html',
});
