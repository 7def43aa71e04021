import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { collectCloudWatch } from '../../src/collect/cloudwatch.js';
import { startMoto, seedConfig, type Moto } from '../moto.js';
import { motoContext } from '../collect-context.js';

let moto: Moto;
let subscribedTopic = '';
let emptyTopic = '';
const PATTERN = '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }';

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const region = 'eu-west-1';
  const logs = new CloudWatchLogsClient(seedConfig(moto, region));
  await logs.send(new CreateLogGroupCommand({ logGroupName: 'trail-logs' }));
  await logs.send(
    new PutMetricFilterCommand({
      logGroupName: 'trail-logs',
      filterName: 'cloudtrail-changes',
      filterPattern: PATTERN,
      metricTransformations: [{ metricName: 'cloudtrail_changes', metricNamespace: 'CISBenchmark', metricValue: '1' }],
    }),
  );
  const sns = new SNSClient(seedConfig(moto, region));
  subscribedTopic = (await sns.send(new CreateTopicCommand({ Name: 'security-alarms' }))).TopicArn ?? '';
  emptyTopic = (await sns.send(new CreateTopicCommand({ Name: 'nobody-listens' }))).TopicArn ?? '';
  await sns.send(new SubscribeCommand({ TopicArn: subscribedTopic, Protocol: 'email', Endpoint: 'secops@example.com' }));
  const cw = new CloudWatchClient(seedConfig(moto, region));
  const alarm = { Statistic: 'Sum' as const, Period: 300, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' as const, EvaluationPeriods: 1 };
  await cw.send(new PutMetricAlarmCommand({ AlarmName: 'cloudtrail-changes', MetricName: 'cloudtrail_changes', Namespace: 'CISBenchmark', AlarmActions: [subscribedTopic], ...alarm }));
  await cw.send(new PutMetricAlarmCommand({ AlarmName: 'muted', MetricName: 'cloudtrail_changes', Namespace: 'CISBenchmark', AlarmActions: [emptyTopic], ActionsEnabled: false, ...alarm }));
  // Billing alarm: only in us-east-1.
  await new CloudWatchClient(seedConfig(moto, 'us-east-1')).send(
    new PutMetricAlarmCommand({
      AlarmName: 'billing',
      MetricName: 'EstimatedCharges',
      Namespace: 'AWS/Billing',
      Dimensions: [{ Name: 'Currency', Value: 'USD' }],
      AlarmActions: [subscribedTopic],
      ...alarm,
      Statistic: 'Maximum',
      Period: 21600,
      Threshold: 500,
    }),
  );
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectCloudWatch', () => {
  it('records metric filters, alarms, billing alarms and the subscriptions of alarm topics', async () => {
    // us-east-1 is not scanned: the billing alarm is read there anyway.
    const ctx = motoContext(moto, ['eu-west-1']);
    try {
      const section = await collectCloudWatch(ctx);
      expect(Object.keys(section.regions)).toEqual(['eu-west-1']);
      const region = section.regions['eu-west-1'];
      expect(region?.metricFilters).toEqual({
        ok: true,
        value: [{ filterName: 'cloudtrail-changes', logGroupName: 'trail-logs', filterPattern: PATTERN, metricTransformations: [{ metricName: 'cloudtrail_changes', metricNamespace: 'CISBenchmark', dimensionKeys: [] }] }],
      });
      expect(region?.alarms.ok && region.alarms.value.map((a) => [a.alarmName, a.metricName, a.namespace, a.actionsEnabled, a.alarmActions])).toEqual([
        ['cloudtrail-changes', 'cloudtrail_changes', 'CISBenchmark', true, [subscribedTopic]],
        ['muted', 'cloudtrail_changes', 'CISBenchmark', false, [emptyTopic]],
      ]);
      expect(section.billingAlarms).toEqual({
        ok: true,
        value: [expect.objectContaining({ alarmName: 'billing', region: 'us-east-1', metricName: 'EstimatedCharges', namespace: 'AWS/Billing', dimensions: [{ name: 'Currency', value: 'USD' }] })],
      });
      expect(section.topics).toEqual([
        { arn: emptyTopic, region: 'eu-west-1', subscriptions: { ok: true, value: [] } },
        // moto confirms email subscriptions at once; AWS shows PendingConfirmation until the link is clicked.
        { arn: subscribedTopic, region: 'eu-west-1', subscriptions: { ok: true, value: [{ subscriptionArn: expect.stringMatching(/^arn:aws:sns:/), protocol: 'email' }] } },
      ]);
    } finally {
      ctx.close();
    }
  });
});
