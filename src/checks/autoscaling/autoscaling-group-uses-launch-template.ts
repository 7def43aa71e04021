import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { groupLabel, templateLabel } from './label.js';

export const autoscalingGroupUsesLaunchTemplate = defineCheck({
  id: 'autoscaling-group-uses-launch-template',
  title: 'Auto Scaling groups launch from EC2 launch templates',
  service: 'autoscaling',
  severity: 'medium',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  frameworks: { fsbp: ['AutoScaling.9'] },
  rationale:
    'Launch configurations are deprecated: they cannot use newer instance types and features (IMDSv2 defaults, mixed instances, versioning), and new accounts cannot create them. As Security Hub AutoScaling.9, a group fails when it launches from a launch configuration rather than a launch template.',
  remediation: {
    summary: 'Copy the launch configuration to a launch template and point the group at it.',
    cli: "aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group-name> --launch-template LaunchTemplateId=<template-id>,Version='$Default'",
    console:
      'Amazon EC2 console > Launch configurations > <configuration> > Copy to launch template; then Auto Scaling groups > <group> > Edit > Launch template.',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'groups', 'autoscaling', (g) => {
      if (g.launchTemplate) return pass(g, `${groupLabel(g)} launches from ${templateLabel(g.launchTemplate, null)}.`);
      return fail(
        g,
        g.launchConfigurationName
          ? `${groupLabel(g)} launches from launch configuration ${g.launchConfigurationName}, not a launch template.`
          : `${groupLabel(g)} names no launch template (it launches from a launch configuration or an instance).`,
      );
    }),
});
