import type {
  AutoscalingGroup,
  AutoscalingLaunchConfiguration,
  AutoscalingLaunchTemplateData,
  AutoscalingRegion,
  AutoscalingSection,
} from '../../src/model/autoscaling.js';
import { REGIONS, arn, ok } from './common.js';

export function autoscalingTemplateData(overrides: Partial<AutoscalingLaunchTemplateData> = {}): AutoscalingLaunchTemplateData {
  return { versionNumber: 3, httpTokens: 'required', httpEndpoint: 'enabled', associatePublicIpAddress: false, ...overrides };
}

/**
 * A compliant group: launch template lt-0123 ($Latest, version 3, IMDSv2, no public IP), two
 * instance types, three zones, behind a target group with ELB health checks, tagged.
 */
export function autoscalingGroup(name: string, region: string, overrides: Partial<AutoscalingGroup> = {}): AutoscalingGroup {
  return {
    arn: arn('autoscaling', region, `autoScalingGroup:11111111-2222-3333-4444-555555555555:autoScalingGroupName/${name}`),
    region,
    name,
    launchConfigurationName: null,
    launchTemplate: { id: 'lt-0123', name: 'web', version: '$Latest' },
    instanceTypeOverrides: ['m7g.large', 'm6g.large'],
    attributeBasedInstanceTypes: false,
    availabilityZones: [`${region}a`, `${region}b`, `${region}c`],
    loadBalancerNames: [],
    targetGroupArns: [arn('elasticloadbalancing', region, 'targetgroup/web/0123456789abcdef')],
    healthCheckType: 'ELB',
    tagKeys: ['owner'],
    launchTemplateData: ok(autoscalingTemplateData()),
    ...overrides,
  };
}

/** A compliant launch configuration: IMDSv2 required, no public IP. */
export function autoscalingLaunchConfiguration(
  name: string,
  region: string,
  overrides: Partial<AutoscalingLaunchConfiguration> = {},
): AutoscalingLaunchConfiguration {
  return {
    arn: arn('autoscaling', region, `launchConfiguration:11111111-2222-3333-4444-555555555555:launchConfigurationName/${name}`),
    region,
    name,
    httpTokens: 'required',
    httpEndpoint: 'enabled',
    associatePublicIpAddress: false,
    ...overrides,
  };
}

export function autoscalingSection(
  groups: AutoscalingGroup[],
  launchConfigurations: AutoscalingLaunchConfiguration[] = [],
): AutoscalingSection {
  const region = (r: string): AutoscalingRegion => ({
    groups: ok(groups.filter((x) => x.region === r)),
    launchConfigurations: ok(launchConfigurations.filter((x) => x.region === r)),
  });
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, region(r)])) };
}

export function compliantAutoscalingSection(): AutoscalingSection {
  return autoscalingSection(
    REGIONS.map((r) => autoscalingGroup(`web-${r}`, r)),
    REGIONS.map((r) => autoscalingLaunchConfiguration(`legacy-${r}`, r)),
  );
}
