import { defineCheck, eachRegional, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { judgeCrossAccount } from '../lib/resource-policy-cross-account.js';

export const snsTopicPolicyNoCrossAccountAccess = defineCheck({
  id: 'sns-topic-policy-no-cross-account-access',
  title: 'SNS topic access policies grant no access to other accounts',
  service: 'sns',
  severity: 'medium',
  resourceType: 'AwsSnsTopic',
  frameworks: {},
  rationale:
    'Stricter than Security Hub SNS.4, which accepts any grant pinned to fixed values: a topic policy that names other accounts, or pins a grant to everyone to other accounts, lets those accounts publish into or subscribe to the topic, and what they may do is then governed by their own IAM policies. Such grants should be deliberate and reviewed; service principals are not counted.',
  remediation: {
    summary:
      'Remove grants to other accounts that are not needed; keep the ones that are, pinned to the exact principals or source ARNs, and record why.',
    console:
      'Amazon SNS console > Topics > <topic> > Edit > Access policy: remove or narrow the statements naming other accounts > Save changes.',
    docs: 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
  },
  reads: ['sns'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sns.topics, 'sns', (topic, region) => {
      if (!topic.attributes.ok) return unknown(topic, topic.attributes.error);
      // The topic's own account is in its ARN (arn:partition:sns:region:account:name).
      const owner = topic.arn.split(':')[4] ?? ctx.accountId;
      const verdict = judgeCrossAccount(topic.attributes.value.policy, owner);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(topic, `SNS topic ${topic.name} has no access policy, so no other account is granted access.`);
        case 'unreadable':
          return unknown(
            topic,
            missingData('sns:GetTopicAttributes', topic.arn, `the topic policy is not a readable policy document (${verdict.reason})`, {
              region,
            }),
            `Whether SNS topic ${topic.name} grants other accounts access could not be decided`,
          );
        case 'external':
          return fail(topic, `SNS topic ${topic.name} policy ${verdict.text}.`);
        case 'unresolved':
          return undecided(
            topic,
            `Whether SNS topic ${topic.name} grants other accounts access could not be decided: its policy ${verdict.text}.`,
          );
        case 'own':
          return pass(topic, `SNS topic ${topic.name} policy grants access only within account ${owner}.`);
      }
    }),
});
