/**
 * Demo CloudWatch: no CIS metric filters (there is no multi-region trail sending to CloudWatch
 * Logs to put them on), and a billing alarm that was created without any action, so it
 * notifies nobody.
 */
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import { cloudwatchChecks } from '../../src/checks/cloudwatch/index.js';
import type { ExpectedFinding } from './expected.js';

export async function seedCloudWatch(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  // Billing metrics exist only in us-east-1; seed the alarm only when that region is in the demo.
  if (regions.includes('us-east-1')) {
    const cw = new CloudWatchClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    try {
      await cw.send(
        new PutMetricAlarmCommand({
          AlarmName: 'demo-billing-over-500-usd',
          Namespace: 'AWS/Billing',
          MetricName: 'EstimatedCharges',
          Dimensions: [{ Name: 'Currency', Value: 'USD' }],
          Statistic: 'Maximum',
          Period: 21600,
          EvaluationPeriods: 1,
          Threshold: 500,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        }),
      );
    } finally {
      cw.destroy();
    }
  }
  const root = `arn:aws:iam::${MOTO_ACCOUNT_ID}:root`;
  // Per-alarm checks judge the seeded alarm: no action configured (CloudWatch.15), actions enabled (CloudWatch.17).
  const alarm = `arn:aws:cloudwatch:us-east-1:${MOTO_ACCOUNT_ID}:alarm:demo-billing-over-500-usd`;
  const perAlarm: ExpectedFinding[] = regions.includes('us-east-1')
    ? [
        { checkId: 'cloudwatch-alarm-action-configured', resourceArn: alarm, status: 'FAIL' },
        { checkId: 'cloudwatch-alarm-actions-enabled', resourceArn: alarm, status: 'PASS' },
      ]
    : [];
  return [
    ...cloudwatchChecks
      .filter(
        (check) =>
          !['cloudwatch-alarm-action-configured', 'cloudwatch-alarm-actions-enabled', 'cloudwatch-log-group-retention-365-days'].includes(
            check.id,
          ),
      )
      .map((check) =>
        check.id === 'cloudwatch-billing-alarm-configured'
          ? { checkId: check.id, resourceArn: `arn:aws:cloudwatch:us-east-1:${MOTO_ACCOUNT_ID}:account`, status: 'FAIL' as const }
          : { checkId: check.id, resourceArn: root, status: 'FAIL' as const },
      ),
    ...perAlarm,
  ];
}
