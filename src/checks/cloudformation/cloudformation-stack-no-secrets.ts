import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { describeSecretMatches } from '../lib/secret-matches.js';

export const cloudformationStackNoSecrets = defineCheck({
  id: 'cloudformation-stack-no-secrets',
  title: 'CloudFormation stack parameters and outputs hold no secrets',
  service: 'cloudformation',
  severity: 'high',
  resourceType: 'AwsCloudFormationStack',
  frameworks: { checklist: ['2.3'] },
  rationale:
    'Stack parameters that are not NoEcho and every stack output are shown in clear to anyone allowed cloudformation:DescribeStacks, in the console and in the stack events, and outputs can be imported by other stacks. An access key, private key or password there is readable far beyond who needs it. The scan keeps only which rule matched where, never the value.',
  remediation: {
    summary:
      'Move the secret to Secrets Manager or a SecureString SSM parameter and reference it with a dynamic reference ({{resolve:secretsmanager:...}}), or mark the parameter NoEcho; remove secrets from outputs, rotate every credential that was exposed, then update the stack.',
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds',
  },
  reads: ['cloudformation'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.cloudformation.stacks, 'cloudformation', (stack) => {
      const ref = { arn: stack.arn, region: stack.region, resourceType: 'AwsCloudFormationStack' as const };
      if (stack.secretMatches.length === 0)
        return pass(ref, `CloudFormation stack ${stack.name} has no secret-looking value in its parameters or outputs.`);
      return fail(
        ref,
        `CloudFormation stack ${stack.name} shows possible secrets in clear: ${describeSecretMatches(stack.secretMatches)}.`,
      );
    }),
});
