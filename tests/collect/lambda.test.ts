import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectLambda } from '../../src/collect/lambda.js';
import { startMoto, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';
import { seedLambda } from '../seed/lambda.js';

let moto: Moto;
const fnArn = (name: string) => `arn:aws:lambda:us-east-1:${MOTO_ACCOUNT_ID}:function:${name}`;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  // The demo seeder builds both functions: one compliant, one careless (see tests/seed/lambda.ts).
  await seedLambda(moto, ['us-east-1']);
}, 60_000);
afterAll(async () => {
  await moto?.stop();
});

describe('collectLambda', () => {
  it("records each function's configuration, policy, URL and tags, and the zones of its subnets", async () => {
    const ctx = motoContext(moto, ['us-east-1', 'eu-west-1']);
    try {
      const { functions, subnetZones } = await collectLambda(ctx);
      const listed = functions['us-east-1'];
      if (!listed?.ok) throw new Error('ListFunctions failed');
      const good = listed.value.find((f) => f.name === 'demo-orders-api');
      const bad = listed.value.find((f) => f.name === 'demo-legacy-webhook');
      expect(good).toMatchObject({
        arn: fnArn('demo-orders-api'),
        region: 'us-east-1',
        runtime: 'python3.13',
        packageType: 'Zip',
        tracingMode: 'Active',
        vpc: { subnetIds: expect.any(Array), securityGroupIds: ['sg-00000000'] },
        environmentVariableNames: ['LOG_LEVEL', 'TABLE_NAME'],
        url: { ok: true, value: { authType: 'AWS_IAM' } },
        tags: { ok: true, value: { app: 'demo' } },
        policy: {
          ok: true,
          value: { Statement: [expect.objectContaining({ Sid: 's3-invoke', Principal: { Service: 's3.amazonaws.com' } })] },
        },
      });
      expect(bad).toMatchObject({
        runtime: 'python3.8',
        tracingMode: 'PassThrough',
        vpc: null,
        environmentVariableNames: ['DB_PASSWORD', 'REGION_NAME', 'STRIPE_API_KEY'],
        url: { ok: true, value: { authType: 'NONE' } },
        tags: { ok: true, value: {} },
        policy: { ok: true, value: { Statement: [expect.objectContaining({ Sid: 'public-invoke', Principal: '*' })] } },
      });
      // Only the names of environment variables are kept, never a value.
      expect(JSON.stringify(functions)).not.toContain('not-a-real-password');
      const zones = subnetZones['us-east-1'];
      expect(zones?.ok && Object.values(zones.value).sort()).toEqual(['us-east-1a', 'us-east-1b']);
      expect(Object.keys(zones?.ok ? zones.value : {}).sort()).toEqual([...(good?.vpc?.subnetIds ?? [])].sort());
      // An empty region: no functions, and no DescribeSubnets call.
      expect(functions['eu-west-1']).toEqual({ ok: true, value: [] });
      expect(subnetZones['eu-west-1']).toEqual({ ok: true, value: {} });
    } finally {
      ctx.close();
    }
  });

  it('records "no policy" and "no URL" as null, not as a failure', async () => {
    const ctx = motoContext(moto, ['us-east-1']);
    try {
      const { LambdaClient, CreateFunctionCommand } = await import('@aws-sdk/client-lambda');
      const { lambdaRole, EMPTY_ZIP } = await import('../seed/lambda.js');
      const client = new LambdaClient({
        endpoint: moto.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
        maxAttempts: 1,
      });
      await client.send(
        new CreateFunctionCommand({
          FunctionName: 'bare',
          Runtime: 'python3.13',
          Role: await lambdaRole(moto.endpoint, 'us-east-1'),
          Handler: 'a.b',
          Code: { ZipFile: EMPTY_ZIP },
        }),
      );
      client.destroy();
      const listed = (await collectLambda(ctx)).functions['us-east-1'];
      expect(listed?.ok && listed.value.find((f) => f.name === 'bare')).toMatchObject({
        policy: { ok: true, value: null },
        url: { ok: true, value: null },
        vpc: null,
        environmentVariableNames: [],
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: the function list, or each per-function read', async () => {
    const listOnly = await restrictedCredentials(moto, 'lambda-lister', ['lambda:ListFunctions']);
    const nothing = await restrictedCredentials(moto, 'lambda-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const partial = await collectLambda(listed);
      const fns = partial.functions['us-east-1'];
      expect(fns?.ok).toBe(true);
      for (const f of fns?.ok ? fns.value : []) {
        expect(f).toMatchObject({
          policy: { ok: false, error: { action: 'lambda:GetPolicy', kind: 'access-denied', target: f.arn } },
          url: { ok: false, error: { action: 'lambda:GetFunctionUrlConfig', kind: 'access-denied' } },
          tags: { ok: false, error: { action: 'lambda:ListTags', kind: 'access-denied' } },
        });
      }
      expect(partial.subnetZones['us-east-1']).toMatchObject({
        ok: false,
        error: { action: 'ec2:DescribeSubnets', kind: 'access-denied' },
      });
      const none = await collectLambda(denied);
      const error = { action: 'lambda:ListFunctions', kind: 'access-denied', region: 'us-east-1' };
      expect(none.functions['us-east-1']).toMatchObject({ ok: false, error });
      // What depends on the failed list stays failed, never an empty "no subnets".
      expect(none.subnetZones['us-east-1']).toMatchObject({ ok: false, error });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});
