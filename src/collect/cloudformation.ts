import { CloudFormationClient, paginateDescribeStacks, type Stack } from '@aws-sdk/client-cloudformation';
import type { CloudFormationStack, CloudformationSection } from '../model/cloudformation.js';
import type { SecretMatch } from '../model/secret-match.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { findSecretsInNamedValue } from '../secrets/detector.js';

/**
 * Parameters and outputs reduced to secrets matches, here, so that no value leaves the collector.
 * NoEcho parameters come back from AWS as `****` and match nothing; a parameter of an SSM type has
 * its name in ParameterValue and the resolved value in ResolvedValue: both are scanned.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html
 */
export function stackSecretMatches(stack: Pick<Stack, 'Parameters' | 'Outputs'>): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const p of stack.Parameters ?? []) {
    const name = p.ParameterKey ?? '';
    for (const [value, where] of [
      [p.ParameterValue, `parameter ${name}`],
      [p.ResolvedValue, `parameter ${name} (resolved value)`],
    ] as const)
      if (value) for (const m of findSecretsInNamedValue(name, value)) out.push({ rule: m.rule, location: where, hint: m.hint });
  }
  for (const o of stack.Outputs ?? []) {
    const name = o.OutputKey ?? '';
    if (o.OutputValue)
      for (const m of findSecretsInNamedValue(name, o.OutputValue)) out.push({ rule: m.rule, location: `output ${name}`, hint: m.hint });
  }
  return out;
}

function toStack(s: Stack, region: string, ctx: CollectContext): CloudFormationStack {
  const name = s.StackName ?? '';
  return {
    arn: s.StackId ?? `${arnPrefix(ctx, 'cloudformation', region)}:stack/${name}/*`,
    region,
    name,
    secretMatches: stackSecretMatches(s),
    terminationProtection: s.EnableTerminationProtection ?? false,
    roleArn: s.RoleARN || null,
    parentId: s.ParentId || null,
    tagKeys: (s.Tags ?? []).flatMap((t) => (t.Key ? [t.Key] : [])).sort(),
  };
}

/**
 * Stacks per region: DescribeStacks without a stack name returns every stack that is not deleted,
 * with its parameters, outputs, termination protection, service role and tags, so a region costs one paginated read and no per-stack call.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeStacks.html
 */
export async function collectCloudformation(ctx: CollectContext): Promise<CloudformationSection> {
  const stacks = await forEachRegion(ctx, 'cloudformation', (region) => {
    const client = ctx.clients.get(CloudFormationClient, region);
    return readList(
      ctx.reader,
      'cloudformation:DescribeStacks',
      { target: `${arnPrefix(ctx, 'cloudformation', region)}:stack/*`, region },
      () => paginateDescribeStacks({ client }, {}),
      (p) => p.Stacks,
      (s) => toStack(s, region, ctx),
    );
  });
  return { stacks };
}

export const cloudformationCollector: Collector<'cloudformation'> = {
  section: 'cloudformation',
  collect: collectCloudformation,
};
