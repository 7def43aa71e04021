import { describe, expect, it } from 'vitest';
import { cloudwatchBillingAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-billing-alarm-configured.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { ALARM_TOPIC, billingAlarm, compliantCloudWatchSection, snsTopic } from '../../builders/cloudwatch.js';
import type { CloudWatchSection } from '../../../src/model/cloudwatch.js';

const evaluate = (patch: Partial<CloudWatchSection>) =>
  run(check, buildInventory({ cloudwatch: { ...compliantCloudWatchSection(), ...patch } }))[0];

describe('cloudwatch-billing-alarm-configured', () => {
  it('passes with an EstimatedCharges alarm notifying a subscribed topic', () => {
    expect(run(check, buildInventory())).toMatchObject([
      { status: 'PASS', resourceArn: 'arn:aws:cloudwatch:us-east-1:111122223333:account', region: 'us-east-1' },
    ]);
  });

  it('fails without a billing alarm', () => {
    const r = evaluate({ billingAlarms: ok([]) });
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no CloudWatch alarm on AWS/Billing EstimatedCharges');
  });

  it('fails when the billing alarm notifies nobody', () => {
    expect(evaluate({ billingAlarms: ok([billingAlarm({ alarmActions: [] })]) })?.reason).toContain('notifies no SNS topic');
    expect(evaluate({ topics: [snsTopic(ALARM_TOPIC('us-east-1'), false)] })?.reason).toContain('no confirmed subscription');
  });

  it('is unknown when DescribeAlarmsForMetric or the subscriptions were denied', () => {
    const r = evaluate({ billingAlarms: denied('cloudwatch:DescribeAlarmsForMetric', { region: 'us-east-1' }) });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('cloudwatch:DescribeAlarmsForMetric');
    const s = evaluate({
      topics: [{ arn: ALARM_TOPIC('us-east-1'), region: 'us-east-1', subscriptions: denied('sns:ListSubscriptionsByTopic') }],
    });
    expect(s?.reason).toContain('sns:ListSubscriptionsByTopic');
  });
});
