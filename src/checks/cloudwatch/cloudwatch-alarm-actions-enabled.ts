import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const cloudwatchAlarmActionsEnabled = defineCheck({
  id: 'cloudwatch-alarm-actions-enabled',
  title: 'CloudWatch alarm actions are enabled',
  service: 'cloudwatch',
  severity: 'high',
  resourceType: 'AwsCloudWatchAlarm',
  frameworks: { fsbp: ['CloudWatch.17'] },
  rationale:
    'With actions disabled an alarm still changes state but notifies no one and runs no automation, silently turning off the response it was built for. As Security Hub CloudWatch.17, an alarm fails when ActionsEnabled is false.',
  remediation: {
    summary: "Enable the alarm's actions.",
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <name>',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html',
  },
  reads: ['cloudwatch'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.cloudwatch.regions, 'alarms', 'cloudwatch', (a) =>
      a.actionsEnabled
        ? pass(a, `CloudWatch alarm ${a.alarmName} has its actions enabled.`)
        : fail(a, `CloudWatch alarm ${a.alarmName} has its actions disabled.`),
    ),
});
