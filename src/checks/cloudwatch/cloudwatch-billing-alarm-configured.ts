import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';
import type { ReadError } from '../../model/observed.js';
import { alarmNotifies } from './metric-filter.js';

export const cloudwatchBillingAlarmConfigured = defineCheck({
  id: 'cloudwatch-billing-alarm-configured',
  title: 'A billing alarm on estimated charges notifies a subscribed SNS topic',
  service: 'cloudwatch',
  severity: 'low',
  resourceType: 'AwsAccount',
  // Checklist 5.10 accepts a billing alarm or an AWS Budgets alert: budgets-spend-alert-configured
  // judges that row; this check judges the alarm alone.
  frameworks: {},
  rationale:
    'A sudden rise in charges is often the first visible sign of compromised credentials (crypto-mining fleets) or a runaway resource; an alarm on EstimatedCharges turns it into a notification within hours.',
  remediation: {
    summary:
      'Enable "Receive Billing Alerts" in the Billing preferences, then create an alarm in us-east-1 on AWS/Billing EstimatedCharges that notifies an SNS topic with a confirmed subscription. An AWS Budgets cost budget with an alert is an equivalent alternative: budgets-spend-alert-configured accepts either.',
    cli: 'aws cloudwatch put-metric-alarm --region us-east-1 --alarm-name billing-alarm --namespace AWS/Billing --metric-name EstimatedCharges --dimensions Name=Currency,Value=USD --statistic Maximum --period 21600 --evaluation-periods 1 --threshold <amount> --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions <sns-topic-arn>',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/monitor_estimated_charges_with_cloudwatch.html',
  },
  reads: ['cloudwatch'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx, 'us-east-1', 'cloudwatch');
    const billing = inv.cloudwatch.billingAlarms;
    if (!billing.ok) return [unknown(account, billing.error)];
    if (billing.value.length === 0)
      return [fail(account, 'The account has no CloudWatch alarm on AWS/Billing EstimatedCharges in us-east-1.')];
    const errors: ReadError[] = [];
    const why: string[] = [];
    for (const alarm of billing.value) {
      const n = alarmNotifies(alarm, inv.cloudwatch, errors);
      if (n.ok)
        return [pass(account, `Billing alarm ${alarm.alarmName} notifies SNS topic ${n.topic}, which has a confirmed subscription.`)];
      why.push(n.why);
    }
    if (errors.length) return [unknown(account, errors, 'Whether the billing alarm notifies anyone could not be decided')];
    return [fail(account, `The account has a billing alarm, but ${why.join('; ')}.`)];
  },
});
