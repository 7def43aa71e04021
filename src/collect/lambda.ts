import {
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListTagsCommand,
  paginateListFunctions,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { LambdaFunction, LambdaFunctionPolicy, LambdaSection, LambdaVpcConfig } from '../model/lambda.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/** What ListFunctions tells about one function, before the per-function reads. */
type Listed = Omit<LambdaFunction, 'policy' | 'url' | 'tags'>;

function vpcOf(c: FunctionConfiguration): LambdaVpcConfig | null {
  const subnetIds = c.VpcConfig?.SubnetIds ?? [];
  // A function detached from its VPC keeps an empty VpcConfig: no subnets means no VPC.
  if (subnetIds.length === 0) return null;
  return {
    vpcId: c.VpcConfig?.VpcId || null,
    subnetIds: [...subnetIds].sort(),
    securityGroupIds: [...(c.VpcConfig?.SecurityGroupIds ?? [])].sort(),
  };
}

function toListed(c: FunctionConfiguration, region: string, ctx: CollectContext): Listed {
  const name = c.FunctionName ?? '';
  return {
    arn: c.FunctionArn ?? `${arnPrefix(ctx, 'lambda', region)}:function:${name}`,
    region,
    name,
    runtime: c.Runtime ?? null,
    packageType: c.PackageType ?? 'Zip',
    tracingMode: c.TracingConfig?.Mode ?? null,
    vpc: vpcOf(c),
    // Names only: the values are secrets more often than not and never enter the inventory.
    environmentVariableNames: Object.keys(c.Environment?.Variables ?? {}).sort(),
  };
}

/** The function's resource-based policy, its URL and its tags: three reads per function. */
async function readFunction(ctx: CollectContext, client: LambdaClient, f: Listed): Promise<LambdaFunction> {
  const scope = { target: f.arn, region: f.region };
  const absent = { absentWhen: ['ResourceNotFoundException'] };
  const reads = await allKeyed({
    policy: ctx.reader.read('lambda:GetPolicy', scope, () => client.send(new GetPolicyCommand({ FunctionName: f.arn })), absent),
    url: ctx.reader.read(
      'lambda:GetFunctionUrlConfig',
      scope,
      () => client.send(new GetFunctionUrlConfigCommand({ FunctionName: f.arn })),
      absent,
    ),
    tags: ctx.reader.read('lambda:ListTags', scope, () => client.send(new ListTagsCommand({ Resource: f.arn }))),
  });
  return {
    ...f,
    policy: mapObserved(reads.policy, (p) => (p ? (parsePolicyText(p.Policy) as LambdaFunctionPolicy) : null)),
    url: mapObserved(reads.url, (u) => (u ? { url: u.FunctionUrl ?? '', authType: u.AuthType ?? 'UNKNOWN' } : null)),
    tags: mapObserved(reads.tags, (t) => ({ ...(t.Tags ?? {}) })),
  };
}

/** Availability Zone of each subnet the region's VPC functions use (one DescribeSubnets call, none without VPC functions). */
async function readSubnetZones(
  ctx: CollectContext,
  region: string,
  functions: readonly Listed[],
): Promise<Observed<Record<string, string>>> {
  const subnetIds = [...new Set(functions.flatMap((f) => f.vpc?.subnetIds ?? []))].sort();
  if (subnetIds.length === 0) return ok({});
  const client = ctx.clients.get(EC2Client, region);
  const described = await ctx.reader.read('ec2:DescribeSubnets', { target: `${arnPrefix(ctx, 'ec2', region)}:subnet/*`, region }, () =>
    client.send(new DescribeSubnetsCommand({ SubnetIds: subnetIds })),
  );
  return mapObserved(described, (d) =>
    Object.fromEntries((d.Subnets ?? []).flatMap((s) => (s.SubnetId && s.AvailabilityZone ? [[s.SubnetId, s.AvailabilityZone]] : []))),
  );
}

export async function collectLambda(ctx: CollectContext): Promise<LambdaSection> {
  const byRegion = await forEachRegion(ctx, 'lambda', async (region) => {
    const client = ctx.clients.get(LambdaClient, region);
    const listed = await readList(
      ctx.reader,
      'lambda:ListFunctions',
      { target: `${arnPrefix(ctx, 'lambda', region)}:function:*`, region },
      () => paginateListFunctions({ client }, {}),
      (p) => p.Functions,
      (c) => toListed(c, region, ctx),
    );
    const [functions, subnetZones] = await Promise.all([
      andThen(listed, async (list) => ok(await Promise.all(list.map((f) => readFunction(ctx, client, f))))),
      andThen(listed, (list) => readSubnetZones(ctx, region, list)),
    ]);
    return { functions, subnetZones };
  });
  const regions = Object.keys(byRegion);
  return {
    functions: Object.fromEntries(regions.map((r) => [r, byRegion[r]!.functions])),
    subnetZones: Object.fromEntries(regions.map((r) => [r, byRegion[r]!.subnetZones])),
  };
}

export const lambdaCollector: Collector<'lambda'> = {
  section: 'lambda',
  collect: collectLambda,
};
