import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const cloudwatchAlarmActionConfigured = defineCheck({
  id: 'cloudwatch-alarm-action-configured',
  title: 'CloudWatch alarms have an action for the ALARM state',
  service: 'cloudwatch',
  severity: 'high',
  resourceType: 'AwsCloudWatchAlarm',
  frameworks: { fsbp: ['CloudWatch.15'] },
  rationale:
    'An alarm without an action changes state where nobody sees it, so the condition it watches goes unnoticed. As Security Hub CloudWatch.15 with its default parameters (alarmActionRequired true, insufficientDataActionRequired and okActionRequired false), an alarm passes with at least one action for the ALARM state.',
  remediation: {
    summary: 'Add an ALARM action (an SNS topic that reaches someone, or an automation action) to the alarm.',
    cli: 'aws cloudwatch put-metric-alarm --alarm-name <name> --alarm-actions <sns-topic-arn> --metric-name <metric> --namespace <namespace> --statistic <statistic> --period <seconds> --evaluation-periods <n> --threshold <value> --comparison-operator <operator>',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html',
  },
  reads: ['cloudwatch'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.cloudwatch.regions, 'alarms', 'cloudwatch', (a) =>
      a.alarmActions.length > 0
        ? pass(a, `CloudWatch alarm ${a.alarmName} has ${a.alarmActions.length} ALARM action${a.alarmActions.length === 1 ? '' : 's'}.`)
        : fail(a, `CloudWatch alarm ${a.alarmName} has no action for the ALARM state.`),
    ),
});
