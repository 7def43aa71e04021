import { defineCheck, eachRegional } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const cloudformationStackTagged = defineCheck({
  id: 'cloudformation-stack-tagged',
  title: 'CloudFormation stacks are tagged',
  service: 'cloudformation',
  severity: 'low',
  resourceType: 'AwsCloudFormationStack',
  frameworks: { fsbp: ['CloudFormation.2'] },
  rationale:
    'Tags say who owns a stack and what it is for, which incident response, cost allocation and attribute-based access control depend on; stack tags also propagate to the resources the stack creates. As Security Hub CloudFormation.2 with its default parameters, a stack passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the stack, at least with its owner (stack tags are applied to its resources on the next update).',
    cli: 'aws cloudformation update-stack --stack-name <stack-name> --use-previous-template --tags Key=owner,Value=<team>',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-console-add-tags.html',
  },
  reads: ['cloudformation'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.cloudformation.stacks, 'cloudformation', (stack) =>
      judgeTagged({ arn: stack.arn, region: stack.region, resourceType: 'AwsCloudFormationStack' }, `CloudFormation stack ${stack.name}`, {
        ok: true,
        value: stack.tagKeys,
      }),
    ),
});
