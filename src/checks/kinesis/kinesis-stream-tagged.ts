import { defineCheck, eachRegional, missingData } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const kinesisStreamTagged = defineCheck({
  id: 'kinesis-stream-tagged',
  title: 'Kinesis data streams are tagged',
  service: 'kinesis',
  severity: 'low',
  resourceType: 'AwsKinesisStream',
  frameworks: { fsbp: ['Kinesis.2'] },
  rationale:
    'Tags say who owns a stream and what data flows through it, which incident response, cost allocation and tag-based access control depend on. As Security Hub Kinesis.2 with its default parameters, a stream passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the stream, at least with its owner (aws: system tags do not count).',
    cli: 'aws kinesis add-tags-to-stream --stream-name <stream> --tags owner=<team>',
    console: 'Amazon Kinesis console > Data streams > <stream> > Configuration > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/streams/latest/dev/tagging.html',
  },
  reads: ['kinesis'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.kinesis.streams, 'kinesis', (s, region) =>
      judgeTagged(
        s,
        `Kinesis stream ${s.name}`,
        s.tagKeys ?? {
          ok: false,
          error: missingData('kinesis:ListTagsForStream', s.arn, 'the inventory predates reading stream tags', { region }),
        },
      ),
    ),
});
