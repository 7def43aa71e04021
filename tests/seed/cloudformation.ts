/**
 * Demo CloudFormation stacks in the first region: "demo-network", protected, deployed through a
 * service role and tagged, and "demo-legacy", unprotected, without a role or tags, whose output
 * shows an access key ID (a fake one, assembled at run time).
 */
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedCloudformation(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const cfn = new CloudFormationClient({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const resources = { Resources: { Topic: { Type: 'AWS::SNS::Topic' } } };
  try {
    const good = await cfn.send(
      new CreateStackCommand({
        StackName: 'demo-network',
        TemplateBody: JSON.stringify(resources),
        EnableTerminationProtection: true,
        RoleARN: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/demo-cloudformation-deployer`,
        Tags: [{ Key: 'owner', Value: 'platform' }],
      }),
    );
    const bad = await cfn.send(
      new CreateStackCommand({
        StackName: 'demo-legacy',
        TemplateBody: JSON.stringify({ ...resources, Outputs: { DeployKeyId: { Value: ['AKIA', 'DEMO2345DEMO2345'].join('') } } }),
      }),
    );
    const g = good.StackId ?? '';
    const b = bad.StackId ?? '';
    return [
      { checkId: 'cloudformation-stack-no-secrets', resourceArn: g, status: 'PASS' },
      { checkId: 'cloudformation-stack-no-secrets', resourceArn: b, status: 'FAIL' },
      { checkId: 'cloudformation-stack-termination-protection-enabled', resourceArn: g, status: 'PASS' },
      { checkId: 'cloudformation-stack-termination-protection-enabled', resourceArn: b, status: 'FAIL' },
      { checkId: 'cloudformation-stack-service-role-associated', resourceArn: g, status: 'PASS' },
      { checkId: 'cloudformation-stack-service-role-associated', resourceArn: b, status: 'FAIL' },
      { checkId: 'cloudformation-stack-tagged', resourceArn: g, status: 'PASS' },
      { checkId: 'cloudformation-stack-tagged', resourceArn: b, status: 'FAIL' },
    ];
  } finally {
    cfn.destroy();
  }
}
