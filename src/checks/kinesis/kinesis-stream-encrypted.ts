import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const kinesisStreamEncrypted = defineCheck({
  id: 'kinesis-stream-encrypted',
  title: 'Kinesis data streams are encrypted at rest',
  service: 'kinesis',
  severity: 'medium',
  resourceType: 'AwsKinesisStream',
  frameworks: { fsbp: ['Kinesis.1'] },
  rationale:
    'Records wait in a stream for up to a year, often holding the application events and personal data the producers send; server-side encryption with a KMS key protects them at rest and puts reads of the data under the key policy. As Security Hub Kinesis.1, a stream passes when its encryption type is KMS, with the AWS managed key (alias/aws/kinesis) or a customer managed key.',
  remediation: {
    summary: 'Turn on server-side encryption for the stream with a KMS key (alias/aws/kinesis or a customer managed key).',
    cli: 'aws kinesis start-stream-encryption --stream-name <stream-name> --encryption-type KMS --key-id alias/aws/kinesis',
    console:
      'Amazon Kinesis console > Data streams > <stream> > Configuration > Encryption > Edit > Enable server-side encryption > Save changes.',
    docs: 'https://docs.aws.amazon.com/streams/latest/dev/getting-started-with-sse.html',
  },
  reads: ['kinesis'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.kinesis.streams, 'kinesis', (stream) => {
      if (!stream.summary.ok) return unknown(stream, stream.summary.error);
      const { encryptionType, keyId } = stream.summary.value;
      if (encryptionType === 'KMS')
        return pass(stream, `Kinesis stream ${stream.name} is encrypted at rest with KMS key ${keyId ?? '(not named in the answer)'}.`);
      return fail(stream, `Kinesis stream ${stream.name} is not encrypted at rest (encryption type ${encryptionType ?? 'NONE'}).`);
    }),
});
