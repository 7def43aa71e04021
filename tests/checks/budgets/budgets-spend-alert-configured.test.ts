import { describe, expect, it } from 'vitest';
import { budgetsSpendAlertConfigured as check } from '../../../src/checks/budgets/budgets-spend-alert-configured.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { budget, budgetsSection } from '../../builders/budgets.js';
import { billingAlarm, compliantCloudWatchSection } from '../../builders/cloudwatch.js';
import type { BudgetsSection } from '../../../src/model/budgets.js';
import type { CloudWatchSection } from '../../../src/model/cloudwatch.js';

const evaluate = (budgets: BudgetsSection, cw: Partial<CloudWatchSection> = {}) =>
  run(check, buildInventory({ budgets, cloudwatch: { ...compliantCloudWatchSection(), ...cw } }))[0];
const noAlarm = { billingAlarms: ok([]) };

describe('budgets-spend-alert-configured', () => {
  it('passes with a cost budget that has an alert, even without a billing alarm', () => {
    expect(evaluate(budgetsSection([budget('monthly', { notificationCount: ok(2) })]), noAlarm)).toMatchObject({
      status: 'PASS',
      resourceArn: 'arn:aws:iam::111122223333:root',
      reason: 'Cost budget monthly has 2 alerts.',
    });
  });

  it('passes with a billing alarm notifying a subscribed topic, even without a budget', () => {
    const r = evaluate(budgetsSection([]));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toMatch(/^Billing alarm .* notifies SNS topic .*, which has a confirmed subscription\.$/);
  });

  it('passes on one way of being warned even when the other could not be read', () => {
    expect(evaluate({ budgets: denied('budgets:ViewBudget') })?.status).toBe('PASS');
    expect(evaluate(budgetsSection([budget('monthly')]), { billingAlarms: denied('cloudwatch:DescribeAlarmsForMetric') })?.status).toBe(
      'PASS',
    );
  });

  it('fails with neither a budget nor a billing alarm', () => {
    expect(evaluate(budgetsSection([]), noAlarm)?.reason).toBe(
      'The account has no cost budget, and no CloudWatch alarm on AWS/Billing EstimatedCharges in us-east-1.',
    );
  });

  it('fails with a cost budget without alerts, a usage budget, and an alarm that notifies nobody', () => {
    const r = evaluate(
      budgetsSection([
        budget('monthly', { notificationCount: ok(0) }),
        budget('ec2-hours', { budgetType: 'USAGE', notificationCount: null }),
      ]),
      { billingAlarms: ok([billingAlarm({ alarmActions: [] })]) },
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toMatch(/^The account has no alert on its cost budget \(monthly\), and alarm .* notifies no SNS topic\.$/);
  });

  it('is UNKNOWN naming the denied reads when neither way is established', () => {
    const r = evaluate({ budgets: denied('budgets:ViewBudget') }, noAlarm);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('budgets:ViewBudget was denied');
    const s = evaluate(budgetsSection([budget('monthly', { notificationCount: denied('budgets:ViewBudget') })]), {
      billingAlarms: denied('cloudwatch:DescribeAlarmsForMetric'),
    });
    expect(s?.status).toBe('UNKNOWN');
    expect(s?.reason).toContain('cloudwatch:DescribeAlarmsForMetric was denied');
  });
});
