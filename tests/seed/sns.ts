/**
 * Demo SNS topics in the first region: an alerts topic that is encrypted, tagged and keeps AWS's
 * default policy; a "public feed" someone opened to everyone, unencrypted and untagged; and a
 * partner topic, compliant with every control, whose policy lets another account publish (only
 * the stricter cross-account check fails it).
 */
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedSns(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const sns = new SNSClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const good =
      (
        await sns.send(
          new CreateTopicCommand({
            Name: 'demo-alerts',
            Attributes: { KmsMasterKeyId: 'alias/aws/sns' },
            Tags: [{ Key: 'owner', Value: 'platform' }],
          }),
        )
      ).TopicArn ?? '';
    const openPolicy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'AnyonePublishes', Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: '*' }],
    };
    const bad =
      (await sns.send(new CreateTopicCommand({ Name: 'demo-public-feed', Attributes: { Policy: JSON.stringify(openPolicy) } }))).TopicArn ??
      '';
    const partnerArn = good.replace(/demo-alerts$/, 'demo-partner-events');
    const partnerPolicy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PartnerPublishes',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'sns:Publish',
          Resource: partnerArn,
        },
      ],
    };
    const partner =
      (
        await sns.send(
          new CreateTopicCommand({
            Name: 'demo-partner-events',
            Attributes: { KmsMasterKeyId: 'alias/aws/sns', Policy: JSON.stringify(partnerPolicy) },
            Tags: [{ Key: 'owner', Value: 'integrations' }],
          }),
        )
      ).TopicArn ?? '';
    return [
      { checkId: 'sns-topic-policy-no-cross-account-access', resourceArn: good, status: 'PASS' },
      { checkId: 'sns-topic-policy-no-cross-account-access', resourceArn: bad, status: 'FAIL' },
      { checkId: 'sns-topic-policy-not-public', resourceArn: partner, status: 'PASS' },
      { checkId: 'sns-topic-policy-no-cross-account-access', resourceArn: partner, status: 'FAIL' },
      { checkId: 'sns-topic-encrypted-kms', resourceArn: partner, status: 'PASS' },
      { checkId: 'sns-topic-tagged', resourceArn: partner, status: 'PASS' },
      { checkId: 'sns-topic-encrypted-kms', resourceArn: good, status: 'PASS' },
      { checkId: 'sns-topic-policy-not-public', resourceArn: good, status: 'PASS' },
      { checkId: 'sns-topic-tagged', resourceArn: good, status: 'PASS' },
      { checkId: 'sns-topic-encrypted-kms', resourceArn: bad, status: 'FAIL' },
      { checkId: 'sns-topic-policy-not-public', resourceArn: bad, status: 'FAIL' },
      { checkId: 'sns-topic-tagged', resourceArn: bad, status: 'FAIL' },
    ];
  } finally {
    sns.destroy();
  }
}
