import { defineCheck, eachRegional, fail, missingData, pass, unknown } from '../define-check.js';
import { judgePublicPolicy } from '../lib/resource-policy-public.js';

export const snsTopicPolicyNotPublic = defineCheck({
  id: 'sns-topic-policy-not-public',
  title: 'SNS topic access policies do not allow public access',
  service: 'sns',
  severity: 'critical',
  resourceType: 'AwsSnsTopic',
  frameworks: { fsbp: ['SNS.4'] },
  rationale:
    'A topic policy that lets everyone publish, subscribe or change the topic lets anyone on the internet inject messages into the systems it feeds, or subscribe their own endpoint and read every message. As Security Hub SNS.4 (AWS Config sns-topic-no-public-access), a grant to everyone is not public only when a condition pins the caller to fixed values, such as aws:SourceAccount, aws:SourceArn or aws:PrincipalOrgID.',
  remediation: {
    summary:
      'Replace grants to Principal "*" with the accounts or services that need the topic, or pin them with conditions such as aws:SourceAccount, aws:SourceArn or aws:PrincipalOrgID.',
    console: 'Amazon SNS console > Topics > <topic> > Edit > Access policy: edit the statements that allow "*" > Save changes.',
    docs: 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
  },
  reads: ['sns'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sns.topics, 'sns', (topic, region) => {
      if (!topic.attributes.ok) return unknown(topic, topic.attributes.error);
      const verdict = judgePublicPolicy(topic.attributes.value.policy);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(topic, `SNS topic ${topic.name} has no access policy, so only its own account's IAM grants apply.`);
        case 'unreadable':
          return unknown(
            topic,
            missingData('sns:GetTopicAttributes', topic.arn, `the topic policy is not a readable policy document (${verdict.reason})`, {
              region,
            }),
            `Whether SNS topic ${topic.name} is public could not be decided`,
          );
        case 'public':
          return fail(topic, `SNS topic ${topic.name} policy ${verdict.text}.`);
        case 'not-public':
          return pass(topic, `SNS topic ${topic.name} policy ${verdict.text}.`);
      }
    }),
});
