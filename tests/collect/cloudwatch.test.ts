import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchClient, DescribeAlarmsCommand, DescribeAlarmsForMetricCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeMetricFiltersCommand,
  PutMetricFilterCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateTopicCommand, ListSubscriptionsByTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { collectCloudWatch } from '../../src/collect/cloudwatch.js';
import { MOTO_ACCOUNT_ID, startMoto, seedConfig, type Moto } from '../moto.js';
import { mockedContext, motoContext } from '../collect-context.js';

let moto: Moto;
let subscribedTopic = '';
let emptyTopic = '';
const PATTERN =
  '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }';

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
  const alarm = {
    Statistic: 'Sum' as const,
    Period: 300,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold' as const,
    EvaluationPeriods: 1,
  };
  await cw.send(
    new PutMetricAlarmCommand({
      AlarmName: 'cloudtrail-changes',
      MetricName: 'cloudtrail_changes',
      Namespace: 'CISBenchmark',
      AlarmActions: [subscribedTopic],
      ...alarm,
    }),
  );
  await cw.send(
    new PutMetricAlarmCommand({
      AlarmName: 'muted',
      MetricName: 'cloudtrail_changes',
      Namespace: 'CISBenchmark',
      AlarmActions: [emptyTopic],
      ActionsEnabled: false,
      ...alarm,
    }),
  );
  // A metric-math alarm: no top-level MetricName, the metric is in Metrics[].MetricStat.
  await cw.send(
    new PutMetricAlarmCommand({
      AlarmName: 'math',
      AlarmActions: [subscribedTopic],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      Metrics: [
        { Id: 'e1', Expression: 'FILL(m1, 0)', ReturnData: true },
        {
          Id: 'm1',
          MetricStat: { Metric: { MetricName: 'cloudtrail_changes', Namespace: 'CISBenchmark' }, Period: 300, Stat: 'Sum' },
          ReturnData: false,
        },
      ],
    }),
  );
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
        value: [
          {
            filterName: 'cloudtrail-changes',
            logGroupName: 'trail-logs',
            filterPattern: PATTERN,
            metricTransformations: [{ metricName: 'cloudtrail_changes', metricNamespace: 'CISBenchmark', dimensionKeys: [] }],
          },
        ],
      });
      expect(
        region?.alarms.ok && region.alarms.value.map((a) => [a.alarmName, a.metricName, a.namespace, a.actionsEnabled, a.alarmActions]),
      ).toEqual([
        ['cloudtrail-changes', 'cloudtrail_changes', 'CISBenchmark', true, [subscribedTopic]],
        ['muted', 'cloudtrail_changes', 'CISBenchmark', false, [emptyTopic]],
        ['math', null, null, true, [subscribedTopic]],
      ]);
      const math = region?.alarms.ok ? region.alarms.value.find((a) => a.alarmName === 'math') : undefined;
      expect(math?.metrics).toEqual([{ metricName: 'cloudtrail_changes', namespace: 'CISBenchmark', dimensions: [] }]);
      expect(section.billingAlarms).toEqual({
        ok: true,
        value: [
          expect.objectContaining({
            alarmName: 'billing',
            region: 'us-east-1',
            metricName: 'EstimatedCharges',
            namespace: 'AWS/Billing',
            dimensions: [{ name: 'Currency', value: 'USD' }],
          }),
        ],
      });
      expect(section.topics).toEqual([
        { arn: emptyTopic, region: 'eu-west-1', subscriptions: { ok: true, value: [] } },
        // moto confirms email subscriptions at once; AWS shows PendingConfirmation until the link is clicked.
        {
          arn: subscribedTopic,
          region: 'eu-west-1',
          subscriptions: { ok: true, value: [{ subscriptionArn: expect.stringMatching(/^arn:aws:sns:/), protocol: 'email' }] },
        },
      ]);
    } finally {
      ctx.close();
    }
  });
});

/**
 * A deleted topic (SNS NotFoundException) cannot be told apart on moto, which answers an empty
 * list for any topic ARN: mocked here with aws-sdk-client-mock.
 */
describe('collectCloudWatch on mocked answers', () => {
  it('records a deleted alarm topic as having no subscriptions, and a denied one as a failed read', async () => {
    const logs = mockClient(CloudWatchLogsClient);
    const cw = mockClient(CloudWatchClient);
    const sns = mockClient(SNSClient);
    const ctx = mockedContext();
    const gone = `arn:aws:sns:us-east-1:${MOTO_ACCOUNT_ID}:deleted-topic`;
    const foreign = 'arn:aws:sns:us-east-1:999988887777:central-alerts';
    try {
      logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [] });
      cw.on(DescribeAlarmsCommand).resolves({
        MetricAlarms: [
          {
            AlarmName: 'a',
            AlarmArn: `arn:aws:cloudwatch:us-east-1:${MOTO_ACCOUNT_ID}:alarm:a`,
            MetricName: 'm',
            Namespace: 'n',
            AlarmActions: [gone, foreign],
          },
        ],
      });
      cw.on(DescribeAlarmsForMetricCommand).resolves({ MetricAlarms: [] });
      sns
        .on(ListSubscriptionsByTopicCommand, { TopicArn: gone })
        .rejects(Object.assign(new Error('Topic does not exist'), { name: 'NotFoundException', $metadata: { httpStatusCode: 404 } }))
        .on(ListSubscriptionsByTopicCommand, { TopicArn: foreign })
        .rejects(Object.assign(new Error('not authorized'), { name: 'AuthorizationErrorException', $metadata: { httpStatusCode: 403 } }));
      const section = await collectCloudWatch(ctx);
      expect(section.topics).toEqual([
        { arn: gone, region: 'us-east-1', subscriptions: { ok: true, value: [] } },
        {
          arn: foreign,
          region: 'us-east-1',
          subscriptions: { ok: false, error: expect.objectContaining({ action: 'sns:ListSubscriptionsByTopic', kind: 'access-denied' }) },
        },
      ]);
    } finally {
      logs.restore();
      cw.restore();
      sns.restore();
      ctx.close();
    }
  });
});
