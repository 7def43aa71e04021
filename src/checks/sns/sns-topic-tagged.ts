import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { userTagKeys } from '../lib/tags.js';

export const snsTopicTagged = defineCheck({
  id: 'sns-topic-tagged',
  title: 'SNS topics are tagged',
  service: 'sns',
  severity: 'low',
  resourceType: 'AwsSnsTopic',
  frameworks: { fsbp: ['SNS.3'] },
  rationale:
    'Tags say who owns a topic and what it is for, which incident response, cost allocation and attribute-based access control depend on. As Security Hub SNS.3 with its default parameters, a topic passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the topic, at least with its owner.',
    console: 'Amazon SNS console > Topics > <topic> > Edit > Tags: Add tag (for example owner) > Save changes.',
    docs: 'https://docs.aws.amazon.com/sns/latest/dg/sns-tags-configuring.html',
  },
  reads: ['sns'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.sns.topics, 'sns', (topic) => {
      if (!topic.tagKeys.ok) return unknown(topic, topic.tagKeys.error);
      const keys = userTagKeys(topic.tagKeys.value);
      return keys.length > 0
        ? pass(topic, `SNS topic ${topic.name} has tag keys ${listSome(keys)}.`)
        : fail(
            topic,
            topic.tagKeys.value.length > 0
              ? `SNS topic ${topic.name} has only system tags (aws:...), which AWS applies itself.`
              : `SNS topic ${topic.name} has no tags.`,
          );
    }),
});
