import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const cloudformationStackServiceRoleAssociated = defineCheck({
  id: 'cloudformation-stack-service-role-associated',
  title: 'CloudFormation stacks have an associated service role',
  service: 'cloudformation',
  severity: 'medium',
  resourceType: 'AwsCloudFormationStack',
  frameworks: { fsbp: ['CloudFormation.4'] },
  rationale:
    'Without a service role, CloudFormation acts with the credentials of whoever updates the stack, so deploying needs broad permissions on every resource type the stack holds. A service role bounds what the stack can do, and lets deployers hold only cloudformation and iam:PassRole permissions. As Security Hub CloudFormation.4 (AWS Config cloudformation-stack-service-role-check), a stack fails when it has no service role.',
  remediation: {
    summary:
      'Create an IAM role that CloudFormation can assume with the permissions the stack needs, and update the stack with it as its service role.',
    cli: 'aws cloudformation update-stack --stack-name <stack-name> --use-previous-template --role-arn <role-arn>',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html',
  },
  reads: ['cloudformation'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.cloudformation.stacks, 'cloudformation', (stack) => {
      const ref = { arn: stack.arn, region: stack.region, resourceType: 'AwsCloudFormationStack' as const };
      return stack.roleArn
        ? pass(ref, `CloudFormation stack ${stack.name} uses service role ${stack.roleArn}.`)
        : fail(ref, `CloudFormation stack ${stack.name} has no service role, so it acts with the credentials of whoever updates it.`);
    }),
});
