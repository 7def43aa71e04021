import type { SnsSection, SnsTopic, SnsTopicAttributes } from '../../src/model/sns.js';
import { ACCOUNT_ID, REGIONS, arn, ok } from './common.js';

/** AWS's default topic policy: the owner account may manage and publish (AWS:SourceOwner pins it). */
export function defaultTopicPolicy(topicArn: string) {
  return {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:Publish', 'SNS:Subscribe'],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT_ID } },
      },
    ],
  };
}

export function snsTopicAttributes(topicArn: string, overrides: Partial<SnsTopicAttributes> = {}): SnsTopicAttributes {
  return { kmsMasterKeyId: 'alias/aws/sns', policy: defaultTopicPolicy(topicArn), ...overrides };
}

/** A compliant topic: KMS-encrypted, the default policy, tagged. */
export function snsTopic(name: string, region: string, overrides: Partial<SnsTopic> = {}): SnsTopic {
  const topicArn = arn('sns', region, name);
  return { arn: topicArn, region, name, attributes: ok(snsTopicAttributes(topicArn)), tagKeys: ok(['owner']), ...overrides };
}

export function snsSection(topics: SnsTopic[]): SnsSection {
  return { topics: Object.fromEntries(REGIONS.map((r) => [r, ok(topics.filter((x) => x.region === r))])) };
}

export function compliantSnsSection(): SnsSection {
  return snsSection(REGIONS.map((r) => snsTopic(`alerts-${r}`, r)));
}
