import {
  AutoScalingClient,
  paginateDescribeAutoScalingGroups,
  paginateDescribeLaunchConfigurations,
  type AutoScalingGroup,
  type LaunchConfiguration,
} from '@aws-sdk/client-auto-scaling';
import { DescribeLaunchTemplateVersionsCommand, EC2Client, type LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import type {
  AutoscalingGroup,
  AutoscalingLaunchConfiguration,
  AutoscalingLaunchTemplateData,
  AutoscalingLaunchTemplateRef,
  AutoscalingSection,
} from '../model/autoscaling.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';

const distinct = (xs: readonly string[]) => [...new Set(xs)];

function templateRef(g: AutoScalingGroup): AutoscalingLaunchTemplateRef | null {
  const spec = g.LaunchTemplate ?? g.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
  if (!spec) return null;
  return { id: spec.LaunchTemplateId ?? null, name: spec.LaunchTemplateName ?? null, version: spec.Version ?? '$Default' };
}

function toTemplateData(v: LaunchTemplateVersion | undefined): AutoscalingLaunchTemplateData {
  const data = v?.LaunchTemplateData;
  const publicIps = (data?.NetworkInterfaces ?? []).map((n) => n.AssociatePublicIpAddress).filter((x) => x !== undefined);
  return {
    versionNumber: v?.VersionNumber ?? null,
    httpTokens: data?.MetadataOptions?.HttpTokens ?? null,
    httpEndpoint: data?.MetadataOptions?.HttpEndpoint ?? null,
    associatePublicIpAddress: publicIps.length === 0 ? null : publicIps.some(Boolean),
  };
}

/**
 * One DescribeLaunchTemplateVersions per distinct (template, version) the region's groups use:
 * `$Latest` and `$Default` resolve only per template, and groups often share one.
 */
function templateReader(ctx: CollectContext, ec2: EC2Client, region: string) {
  const cache = new Map<string, Promise<Observed<AutoscalingLaunchTemplateData>>>();
  return (ref: AutoscalingLaunchTemplateRef): Promise<Observed<AutoscalingLaunchTemplateData>> => {
    const key = `${ref.id ?? ref.name ?? ''}@${ref.version}`;
    let read = cache.get(key);
    if (!read) {
      const target = `${arnPrefix(ctx, 'ec2', region)}:launch-template/${ref.id ?? ref.name ?? ''}`;
      read = ctx.reader
        .read('ec2:DescribeLaunchTemplateVersions', { target, region }, () =>
          ec2.send(
            new DescribeLaunchTemplateVersionsCommand({
              ...(ref.id ? { LaunchTemplateId: ref.id } : { LaunchTemplateName: ref.name ?? '' }),
              Versions: [ref.version],
            }),
          ),
        )
        .then((r) => mapObserved(r, (a) => toTemplateData(a.LaunchTemplateVersions?.[0])));
      cache.set(key, read);
    }
    return read;
  };
}

async function toGroup(region: string, g: AutoScalingGroup, readTemplate: ReturnType<typeof templateReader>): Promise<AutoscalingGroup> {
  const ref = templateRef(g);
  const overrides = g.MixedInstancesPolicy?.LaunchTemplate?.Overrides;
  const targetGroups = [
    ...(g.TargetGroupARNs ?? []),
    ...(g.TrafficSources ?? []).filter((t) => t.Type === 'elbv2').map((t) => t.Identifier ?? ''),
  ];
  const classic = [
    ...(g.LoadBalancerNames ?? []),
    ...(g.TrafficSources ?? []).filter((t) => t.Type === 'elb').map((t) => t.Identifier ?? ''),
  ];
  return {
    arn: g.AutoScalingGroupARN ?? '',
    region,
    name: g.AutoScalingGroupName ?? '',
    launchConfigurationName: g.LaunchConfigurationName ?? null,
    launchTemplate: ref,
    instanceTypeOverrides: g.MixedInstancesPolicy
      ? distinct((overrides ?? []).flatMap((o) => (o.InstanceType ? [o.InstanceType] : [])))
      : null,
    attributeBasedInstanceTypes: (overrides ?? []).some((o) => o.InstanceRequirements !== undefined),
    availabilityZones: distinct(g.AvailabilityZones ?? []),
    loadBalancerNames: distinct(classic.filter(Boolean)),
    targetGroupArns: distinct(targetGroups.filter(Boolean)),
    healthCheckType: g.HealthCheckType ?? 'EC2',
    tagKeys: distinct((g.Tags ?? []).flatMap((t) => (t.Key ? [t.Key] : []))).sort(),
    launchTemplateData: ref ? await readTemplate(ref) : ok(null),
  };
}

function toLaunchConfiguration(region: string, c: LaunchConfiguration): AutoscalingLaunchConfiguration {
  return {
    arn: c.LaunchConfigurationARN ?? '',
    region,
    name: c.LaunchConfigurationName ?? '',
    httpTokens: c.MetadataOptions?.HttpTokens ?? null,
    httpEndpoint: c.MetadataOptions?.HttpEndpoint ?? null,
    associatePublicIpAddress: c.AssociatePublicIpAddress ?? null,
  };
}

async function readGroups(
  ctx: CollectContext,
  client: AutoScalingClient,
  region: string,
  readTemplate: ReturnType<typeof templateReader>,
): Promise<Observed<AutoscalingGroup[]>> {
  const listed = await readList(
    ctx.reader,
    'autoscaling:DescribeAutoScalingGroups',
    { target: `${arnPrefix(ctx, 'autoscaling', region)}:autoScalingGroup:*`, region },
    () => paginateDescribeAutoScalingGroups({ client, pageSize: 100 }, {}),
    (p) => p.AutoScalingGroups,
    (g) => g,
  );
  return andThen(listed, async (gs) => ok(await Promise.all(gs.map((g) => toGroup(region, g, readTemplate)))));
}

/**
 * Per region: DescribeAutoScalingGroups (100 per page) and DescribeLaunchConfigurations (100 per
 * page), then ec2 DescribeLaunchTemplateVersions once per distinct template version in use.
 * https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_DescribeAutoScalingGroups.html
 */
export async function collectAutoscaling(ctx: CollectContext): Promise<AutoscalingSection> {
  const regions = await forEachRegion(ctx, 'autoscaling', async (region) => {
    const client = ctx.clients.get(AutoScalingClient, region);
    const readTemplate = templateReader(ctx, ctx.clients.get(EC2Client, region), region);
    const prefix = arnPrefix(ctx, 'autoscaling', region);
    return allKeyed({
      groups: readGroups(ctx, client, region, readTemplate),
      launchConfigurations: readList(
        ctx.reader,
        'autoscaling:DescribeLaunchConfigurations',
        { target: `${prefix}:launchConfiguration:*`, region },
        () => paginateDescribeLaunchConfigurations({ client, pageSize: 100 }, {}),
        (p) => p.LaunchConfigurations,
        (c) => toLaunchConfiguration(region, c),
      ),
    });
  });
  return { regions };
}

export const autoscalingCollector: Collector<'autoscaling'> = {
  section: 'autoscaling',
  collect: collectAutoscaling,
};
