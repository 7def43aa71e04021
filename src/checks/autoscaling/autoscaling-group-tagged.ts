import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { userTagKeys } from '../lib/tags.js';
import { groupLabel } from './label.js';

export const autoscalingGroupTagged = defineCheck({
  id: 'autoscaling-group-tagged',
  title: 'Auto Scaling groups are tagged',
  service: 'autoscaling',
  severity: 'low',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  frameworks: { fsbp: ['AutoScaling.10'] },
  rationale:
    'Tags say who owns a group and what it runs, which incident response, cost allocation and attribute-based access control depend on. As Security Hub AutoScaling.10 with its default parameters, a group passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the group, at least with its owner.',
    cli: 'aws autoscaling create-or-update-tags --tags ResourceId=<group-name>,ResourceType=auto-scaling-group,Key=owner,Value=<team>,PropagateAtLaunch=true',
    console: 'Amazon EC2 console > Auto Scaling groups > <group> > Details > Tags > Edit > Add tag > Update.',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-tagging.html',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'groups', 'autoscaling', (g) => {
      const keys = userTagKeys(g.tagKeys);
      if (keys.length > 0) return pass(g, `${groupLabel(g)} has tag keys ${listSome(keys)}.`);
      return fail(
        g,
        g.tagKeys.length > 0
          ? `${groupLabel(g)} has only system tags (aws:...), which AWS applies itself.`
          : `${groupLabel(g)} has no tags.`,
      );
    }),
});
