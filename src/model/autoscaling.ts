import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A launch template version as a group references it. */
export const AutoscalingLaunchTemplateRef = z.object({
  /** LaunchTemplateId (null when the group names the template only by name) */
  id: z.string().nullable(),
  /** LaunchTemplateName (null when the group names the template only by id) */
  name: z.string().nullable(),
  /** Version as referenced: a number, `$Latest` or `$Default` (AWS's default when absent: `$Default`) */
  version: z.string(),
});
export type AutoscalingLaunchTemplateRef = z.infer<typeof AutoscalingLaunchTemplateRef>;

/** What ec2 DescribeLaunchTemplateVersions says about the referenced version (only what checks read). */
export const AutoscalingLaunchTemplateData = z.object({
  /** LaunchTemplateVersions[].VersionNumber: the version `$Latest` / `$Default` resolved to */
  versionNumber: z.number().nullable(),
  /** LaunchTemplateData.MetadataOptions.HttpTokens: required (IMDSv2 only) or optional; null when the template does not set it */
  httpTokens: z.string().nullable(),
  /** LaunchTemplateData.MetadataOptions.HttpEndpoint: enabled or disabled; null when the template does not set it */
  httpEndpoint: z.string().nullable(),
  /**
   * LaunchTemplateData.NetworkInterfaces[].AssociatePublicIpAddress: true when any interface asks
   * for a public IPv4 address, false when one says false and none true, null when none sets it (the
   * subnet's auto-assign setting then decides).
   */
  associatePublicIpAddress: z.boolean().nullable(),
});
export type AutoscalingLaunchTemplateData = z.infer<typeof AutoscalingLaunchTemplateData>;

export const AutoscalingGroup = z.object({
  /** DescribeAutoScalingGroups AutoScalingGroupARN */
  arn: z.string(),
  region: z.string(),
  /** AutoScalingGroupName */
  name: z.string(),
  /** LaunchConfigurationName; null when the group launches from a launch template */
  launchConfigurationName: z.string().nullable(),
  /**
   * LaunchTemplate, or MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification; null when
   * the group uses a launch configuration.
   */
  launchTemplate: AutoscalingLaunchTemplateRef.nullable(),
  /**
   * MixedInstancesPolicy.LaunchTemplate.Overrides[].InstanceType, distinct; null when the group has
   * no mixed instances policy (it then launches the one type of its template or configuration).
   */
  instanceTypeOverrides: z.array(z.string()).nullable(),
  /** Whether an override selects instance types by attributes (InstanceRequirements) rather than by name */
  attributeBasedInstanceTypes: z.boolean(),
  /** AvailabilityZones */
  availabilityZones: z.array(z.string()),
  /** LoadBalancerNames (Classic Load Balancers) */
  loadBalancerNames: z.array(z.string()),
  /** TargetGroupARNs, plus TrafficSources[] of type elb/elbv2 not already listed */
  targetGroupArns: z.array(z.string()),
  /** HealthCheckType: a comma-separated list of EC2, ELB, EBS, VPC_LATTICE (EC2 always applies) */
  healthCheckType: z.string(),
  /** Tags[].Key (keys only: no check reads the values) */
  tagKeys: z.array(z.string()),
  /**
   * ec2 DescribeLaunchTemplateVersions of `launchTemplate` (LaunchTemplateId or name, Versions =
   * [version]); value null when the group uses no launch template.
   */
  launchTemplateData: observedSchema(AutoscalingLaunchTemplateData.nullable()),
});
export type AutoscalingGroup = z.infer<typeof AutoscalingGroup>;

export const AutoscalingLaunchConfiguration = z.object({
  /** DescribeLaunchConfigurations LaunchConfigurationARN */
  arn: z.string(),
  region: z.string(),
  /** LaunchConfigurationName */
  name: z.string(),
  /** MetadataOptions.HttpTokens: required or optional; null when the configuration does not set it (IMDSv1 stays available) */
  httpTokens: z.string().nullable(),
  /** MetadataOptions.HttpEndpoint: enabled or disabled; null when not set (enabled) */
  httpEndpoint: z.string().nullable(),
  /** AssociatePublicIpAddress; null when not set (the subnet's auto-assign setting decides) */
  associatePublicIpAddress: z.boolean().nullable(),
});
export type AutoscalingLaunchConfiguration = z.infer<typeof AutoscalingLaunchConfiguration>;

/** Everything read in one region. */
export const AutoscalingRegion = z.object({
  /** DescribeAutoScalingGroups, each group's launch template version read from EC2 */
  groups: observedSchema(z.array(AutoscalingGroup)),
  /** DescribeLaunchConfigurations (every configuration, used by a group or not) */
  launchConfigurations: observedSchema(z.array(AutoscalingLaunchConfiguration)),
});
export type AutoscalingRegion = z.infer<typeof AutoscalingRegion>;

/** What the autoscaling collector records. */
export const AutoscalingSection = z.object({
  /** Per scanned region */
  regions: regionalSchema(AutoscalingRegion),
});
export type AutoscalingSection = z.infer<typeof AutoscalingSection>;
