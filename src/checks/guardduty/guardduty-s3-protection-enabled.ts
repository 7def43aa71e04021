import { defineGuardDutyPlanCheck } from './lib/plans.js';

export const guarddutyS3ProtectionEnabled = defineGuardDutyPlanCheck({
  id: 'guardduty-s3-protection-enabled',
  controlId: 'GuardDuty.10',
  title: 'GuardDuty S3 Protection is enabled',
  severity: 'high',
  plan: 'S3 Protection',
  features: ['S3_DATA_EVENTS'],
  rationale:
    'S3 Protection analyses S3 data events (object reads, writes, deletes) for exfiltration and destruction patterns, which management events alone do not show.',
  cli: 'aws guardduty update-detector --detector-id <detector-id> --features Name=S3_DATA_EVENTS,Status=ENABLED',
  docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html',
});
