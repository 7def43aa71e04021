import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { collectCloudformation, stackSecretMatches } from '../../src/collect/cloudformation.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

// Fake credentials built at run time, so the repository holds no string a scanner would flag.
const KEY_ID = ['AKIA', 'Z7QW3RT5YU2IOPLK'].join('');
const TOKEN = ['tok', 'en-Value-123'].join('');

const template = {
  Parameters: { ApiToken: { Type: 'String' }, Environment: { Type: 'String' } },
  Resources: { Queue: { Type: 'AWS::SQS::Queue' } },
  Outputs: { DeployKey: { Value: KEY_ID }, QueueUrl: { Value: { Ref: 'Queue' } } },
};

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const cfn = new CloudFormationClient(seedConfig(moto, 'us-east-1'));
  try {
    await cfn.send(
      new CreateStackCommand({
        StackName: 'leaky',
        TemplateBody: JSON.stringify(template),
        Parameters: [
          { ParameterKey: 'ApiToken', ParameterValue: TOKEN },
          { ParameterKey: 'Environment', ParameterValue: 'production' },
        ],
        EnableTerminationProtection: true,
        RoleARN: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/deployer`,
        Tags: [{ Key: 'owner', Value: 'platform' }],
      }),
    );
    await cfn.send(new CreateStackCommand({ StackName: 'clean', TemplateBody: JSON.stringify({ Resources: template.Resources }) }));
  } finally {
    cfn.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectCloudformation', () => {
  it('records each stack with its protection, role and tag keys, and only where a secret was found, never its value; an empty region is empty', async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { stacks } = await collectCloudformation(ctx);
      expect(stacks['eu-west-1']).toEqual({ ok: true, value: [] });
      const list = stacks['us-east-1'];
      const byName = new Map((list?.ok ? list.value : []).map((s) => [s.name, s]));
      expect(byName.get('clean')).toMatchObject({
        region: 'us-east-1',
        secretMatches: [],
        terminationProtection: false,
        roleArn: null,
        parentId: null,
        tagKeys: [],
      });
      expect(byName.get('leaky')).toMatchObject({
        arn: expect.stringMatching(new RegExp(`^arn:aws:cloudformation:us-east-1:${MOTO_ACCOUNT_ID}:stack/leaky/`)) as unknown,
        secretMatches: [
          { rule: 'secret-named-value', location: 'parameter ApiToken', hint: 'ApiToken=<redacted, 15 characters>' },
          { rule: 'aws-access-key-id', location: 'output DeployKey', hint: 'AKIA…OPLK (long-term access key ID)' },
        ],
        terminationProtection: true,
        roleArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/deployer`,
        tagKeys: ['owner'],
      });
      const json = JSON.stringify(stacks);
      expect(json).not.toContain(TOKEN);
      expect(json).not.toContain(KEY_ID);
    } finally {
      ctx.close();
    }
  });

  it('records a denied DescribeStacks as an access-denied ReadError', async () => {
    const nothing = await restrictedCredentials(moto, 'cfn-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const ctx = motoContext(moto, ['us-east-1'], nothing);
    try {
      expect((await collectCloudformation(ctx)).stacks['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'cloudformation:DescribeStacks', kind: 'access-denied', region: 'us-east-1' },
      });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});

// moto returns NoEcho parameter values in clear, where AWS returns "****": the masking is tested on
// the mapping function with AWS's shape.
describe('stackSecretMatches', () => {
  it("ignores NoEcho's mask and scans SSM parameters' resolved values", () => {
    expect(
      stackSecretMatches({
        Parameters: [
          { ParameterKey: 'DbPassword', ParameterValue: '****' },
          { ParameterKey: 'Key', ParameterValue: '/ci/deploy-key', ResolvedValue: KEY_ID },
        ],
      }),
    ).toEqual([{ rule: 'aws-access-key-id', location: 'parameter Key (resolved value)', hint: 'AKIA…OPLK (long-term access key ID)' }]);
  });
});
