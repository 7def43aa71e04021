import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

export const snsTopicEncryptedKms = defineCheck({
  id: 'sns-topic-encrypted-kms',
  title: 'SNS topics are encrypted at rest with AWS KMS',
  service: 'sns',
  severity: 'medium',
  resourceType: 'AwsSnsTopic',
  frameworks: { fsbp: ['SNS.1'], checklist: ['3.32'] },
  rationale:
    'Without server-side encryption, messages waiting for delivery are stored unencrypted by AWS KMS; with it, reading them also needs permission to use the key, which is logged in CloudTrail and can be revoked. Security Hub SNS.1 (AWS Config sns-encrypted-kms) accepts any KMS key, the AWS managed alias/aws/sns included.',
  remediation: {
    summary:
      'Turn on server-side encryption for the topic with a KMS key (alias/aws/sns, or a customer managed key for control over its policy).',
    console: 'Amazon SNS console > Topics > <topic> > Edit > Encryption: Enable encryption, choose the KMS key > Save changes.',
    docs: 'https://docs.aws.amazon.com/sns/latest/dg/sns-enable-encryption-for-topic.html',
  },
  reads: ['sns'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sns.topics, 'sns', (topic) => {
      if (!topic.attributes.ok) return unknown(topic, topic.attributes.error);
      const key = topic.attributes.value.kmsMasterKeyId;
      return key
        ? pass(topic, `SNS topic ${topic.name} is encrypted at rest with KMS key ${key}.`)
        : fail(topic, `SNS topic ${topic.name} has no KMS key set for server-side encryption.`);
    }),
});
