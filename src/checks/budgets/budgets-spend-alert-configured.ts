import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';
import type { ReadError } from '../../model/observed.js';
import { alarmNotifies } from '../cloudwatch/metric-filter.js';

/**
 * Checklist 5.10 accepts either way of being warned about spend: a CloudWatch billing alarm or an
 * AWS Budgets budget. One check reads both sections, so that an account using only Budgets is not
 * failed for lacking an alarm (and the reverse); cloudwatch-billing-alarm-configured stays as the
 * narrower judgment of the alarm alone, without the checklist mapping.
 */
export const budgetsSpendAlertConfigured = defineCheck({
  id: 'budgets-spend-alert-configured',
  title: 'A cost budget alert or a billing alarm warns about spend',
  service: 'budgets',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['5.10'] },
  rationale:
    'A sudden rise in charges is often the first visible sign of compromised credentials (crypto-mining fleets) or a runaway resource. Either an AWS Budgets cost budget with an alert, or a CloudWatch alarm on AWS/Billing EstimatedCharges that notifies a subscribed SNS topic, turns it into a notification. A budget without an alert, or an alarm that notifies nobody, warns no one.',
  remediation: {
    summary:
      'Create a monthly cost budget with an alert (for example at 80% of actual spend) sent to an address or SNS topic someone reads; or a billing alarm on EstimatedCharges in us-east-1 notifying a subscribed SNS topic.',
    cli: 'aws budgets create-budget --account-id <account-id> --budget BudgetName=monthly,BudgetType=COST,TimeUnit=MONTHLY,BudgetLimit={Amount=<amount>,Unit=USD} --notifications-with-subscribers \'[{"Notification":{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"},"Subscribers":[{"SubscriptionType":"EMAIL","Address":"<address>"}]}]\'',
    docs: 'https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html',
  },
  reads: ['budgets', 'cloudwatch'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const errors: ReadError[] = [];
    const why: string[] = [];

    const budgets = inv.budgets.budgets;
    if (!budgets.ok) errors.push(budgets.error);
    else {
      const cost = budgets.value.filter((b) => b.budgetType === 'COST');
      for (const b of cost) {
        const n = b.notificationCount;
        if (n === null) continue;
        if (!n.ok) errors.push(n.error);
        else if (n.value > 0) return [pass(account, `Cost budget ${b.name} has ${n.value} alert${n.value === 1 ? '' : 's'}.`)];
      }
      why.push(
        cost.length === 0
          ? 'no cost budget'
          : `no alert on its cost budget${cost.length === 1 ? '' : 's'} (${cost.map((b) => b.name).join(', ')})`,
      );
    }

    const billing = inv.cloudwatch.billingAlarms;
    if (!billing.ok) errors.push(billing.error);
    else if (billing.value.length === 0) why.push('no CloudWatch alarm on AWS/Billing EstimatedCharges in us-east-1');
    else
      for (const alarm of billing.value) {
        const n = alarmNotifies(alarm, inv.cloudwatch, errors);
        if (n.ok)
          return [pass(account, `Billing alarm ${alarm.alarmName} notifies SNS topic ${n.topic}, which has a confirmed subscription.`)];
        why.push(n.why);
      }

    if (errors.length)
      return [unknown(account, errors, 'Whether a budget alert or a billing alarm warns about spend could not be decided')];
    return [fail(account, `The account has ${why.join(', and ')}.`)];
  },
});
