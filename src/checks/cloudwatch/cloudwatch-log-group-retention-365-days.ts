import { defineCheck, eachRegional, fail, missingData, pass } from '../define-check.js';
import type { CloudWatchRegion } from '../../model/cloudwatch.js';

/** Security Hub CloudWatch.16's default parameter (minRetentionTime). */
const MIN_RETENTION_DAYS = 365;

/**
 * Security Hub CloudWatch.16 (AWS Config cw-loggroup-retention-period-check): every log group keeps
 * its events at least 365 days; a log group that never expires them passes.
 */
export const cloudwatchLogGroupRetention365Days = defineCheck({
  id: 'cloudwatch-log-group-retention-365-days',
  title: 'CloudWatch Logs log groups retain events for at least 365 days',
  service: 'cloudwatch',
  severity: 'medium',
  resourceType: 'AwsLogsLogGroup',
  frameworks: { fsbp: ['CloudWatch.16'] },
  rationale:
    'Investigations often start months after the fact: a log group that deletes events after a few days or weeks throws away the evidence an incident responder needs.',
  remediation: {
    summary: 'Set the log group retention to at least 365 days (or archive the logs elsewhere and document it).',
    cli: 'aws logs put-retention-policy --log-group-name <log-group> --retention-in-days 365',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
  },
  reads: ['cloudwatch'],
  evaluate: (inv, ctx) => {
    // Inventories written before log groups were read: the region's data is missing, never "no log groups".
    const regions = Object.fromEntries(
      Object.entries(inv.cloudwatch.regions).map(([region, r]): [string, Required<CloudWatchRegion>] => [
        region,
        {
          ...r,
          logGroups: r.logGroups ?? {
            ok: false,
            error: missingData(
              'logs:DescribeLogGroups',
              `arn:${ctx.partition}:logs:${region}:${ctx.accountId}:log-group:*`,
              'the inventory predates reading log groups',
              { region },
            ),
          },
        },
      ]),
    );
    return eachRegional(ctx, regions, 'logGroups', 'cloudwatch', (g) =>
      g.retentionInDays === null
        ? pass(g, `Log group ${g.name} never expires its events.`)
        : g.retentionInDays >= MIN_RETENTION_DAYS
          ? pass(g, `Log group ${g.name} retains events for ${g.retentionInDays} days.`)
          : fail(g, `Log group ${g.name} retains events for only ${g.retentionInDays} days (fewer than ${MIN_RETENTION_DAYS}).`),
    );
  },
});
