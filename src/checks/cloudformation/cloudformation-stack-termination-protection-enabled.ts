import { defineCheck, eachRegional, fail, pass } from '../define-check.js';

export const cloudformationStackTerminationProtectionEnabled = defineCheck({
  id: 'cloudformation-stack-termination-protection-enabled',
  title: 'CloudFormation stacks have termination protection enabled',
  service: 'cloudformation',
  severity: 'medium',
  resourceType: 'AwsCloudFormationStack',
  frameworks: { fsbp: ['CloudFormation.3'] },
  rationale:
    'Deleting a stack deletes every resource it manages, databases and buckets included. Termination protection makes DeleteStack fail until it is turned off, so a mistaken or malicious delete needs a second, deliberate step. As Security Hub CloudFormation.3 (AWS Config cloudformation-termination-protection-check), a stack fails when termination protection is not enabled; nested stacks take it from their root stack.',
  remediation: {
    summary: 'Enable termination protection on the stack (on the root stack for nested stacks).',
    cli: 'aws cloudformation update-termination-protection --enable-termination-protection --stack-name <stack-name>',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-protect-stacks.html',
  },
  reads: ['cloudformation'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.cloudformation.stacks, 'cloudformation', (stack) => {
      const ref = { arn: stack.arn, region: stack.region, resourceType: 'AwsCloudFormationStack' as const };
      return stack.terminationProtection
        ? pass(ref, `CloudFormation stack ${stack.name} has termination protection enabled.`)
        : fail(
            ref,
            `CloudFormation stack ${stack.name} does not have termination protection enabled${stack.parentId ? ' (it is nested: enable it on its root stack)' : ''}.`,
          );
    }),
});
