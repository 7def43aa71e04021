import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

/** Security Hub Kinesis.3's default minimumDataRetentionInHours: seven days. */
const MIN_RETENTION_HOURS = 168;

export const kinesisStreamRetentionAdequate = defineCheck({
  id: 'kinesis-stream-retention-adequate',
  title: 'Kinesis data streams keep records for at least 7 days',
  service: 'kinesis',
  severity: 'medium',
  resourceType: 'AwsKinesisStream',
  frameworks: { fsbp: ['Kinesis.3'] },
  rationale: `A stream drops records once its retention period ends (24 hours by default); a longer period lets consumers recover from outages and lets incident responders replay what was sent. As Security Hub Kinesis.3 with its default parameter, a stream passes with a retention period of at least ${MIN_RETENTION_HOURS} hours.`,
  remediation: {
    summary: `Raise the stream's retention period to at least ${MIN_RETENTION_HOURS} hours (longer retention is billed).`,
    cli: `aws kinesis increase-stream-retention-period --stream-name <stream-name> --retention-period-hours ${MIN_RETENTION_HOURS}`,
    console: 'Amazon Kinesis console > Data streams > <stream> > Configuration > Data retention > Edit > 7 days or more > Save changes.',
    docs: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
  },
  reads: ['kinesis'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.kinesis.streams, 'kinesis', (stream) => {
      if (!stream.summary.ok) return unknown(stream, stream.summary.error);
      const hours = stream.summary.value.retentionPeriodHours;
      return hours >= MIN_RETENTION_HOURS
        ? pass(stream, `Kinesis stream ${stream.name} keeps records for ${hours} hours (at least ${MIN_RETENTION_HOURS}).`)
        : fail(stream, `Kinesis stream ${stream.name} keeps records for only ${hours} hours (less than ${MIN_RETENTION_HOURS}).`);
    }),
});
