import { accountRef, defineCheck, eachRegion, fail, pass, unknown } from '../define-check.js';

export const ssmAutomationCloudwatchLoggingEnabled = defineCheck({
  id: 'ssm-automation-cloudwatch-logging-enabled',
  title: 'Systems Manager Automation sends its output to CloudWatch Logs',
  service: 'ssm',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['SSM.6'] },
  rationale:
    'Automation runbooks change resources with the permissions of their role; logging the output of their script steps to CloudWatch Logs keeps a record of what they did. As Security Hub SSM.6, a region passes when the Automation log destination (service setting /ssm/automation/customer-script-log-destination) is CloudWatch.',
  remediation: {
    summary:
      'Send Automation output to CloudWatch Logs (Systems Manager > Automation > Preferences), optionally to a log group of your choice.',
    cli: 'aws ssm update-service-setting --setting-id /ssm/automation/customer-script-log-destination --setting-value CloudWatch',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-action-logging.html',
  },
  reads: ['ssm'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.ssm.regions, (region, data) => {
      const ref = accountRef(ctx, region, 'ssm');
      if (!data.automationLogDestination.ok) return unknown(ref, data.automationLogDestination.error);
      const value = data.automationLogDestination.value;
      return value === 'CloudWatch'
        ? pass(ref, `Systems Manager Automation sends its output to CloudWatch Logs in ${region}.`)
        : fail(
            ref,
            `Systems Manager Automation does not send its output to CloudWatch Logs in ${region} (log destination ${value ?? 'not set'}).`,
          );
    }),
});
