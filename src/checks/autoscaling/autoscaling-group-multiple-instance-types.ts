import { defineCheck, eachRegional, fail, pass, undecided } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { groupLabel } from './label.js';

export const autoscalingGroupMultipleInstanceTypes = defineCheck({
  id: 'autoscaling-group-multiple-instance-types',
  title: 'Auto Scaling groups use multiple instance types',
  service: 'autoscaling',
  severity: 'medium',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  frameworks: { fsbp: ['AutoScaling.6'] },
  rationale:
    'A group limited to one instance type cannot launch when that type runs short of capacity in its Availability Zones. As Security Hub AutoScaling.6 (AWS Config autoscaling-multiple-instance-types), a group fails when it has only one instance type defined; types chosen by attributes are not evaluated.',
  remediation: {
    summary: 'Give the group a mixed instances policy that lists two or more instance types.',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group-name> --mixed-instances-policy \'{"LaunchTemplate":{"LaunchTemplateSpecification":{"LaunchTemplateId":"<template-id>","Version":"$Default"},"Overrides":[{"InstanceType":"<type-1>"},{"InstanceType":"<type-2>"}]}}\'',
    console:
      'Amazon EC2 console > Auto Scaling groups > <group> > Details > Instance type requirements > Edit > add instance types > Update.',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'groups', 'autoscaling', (g) => {
      const types = g.instanceTypeOverrides;
      if (types && types.length >= 2) return pass(g, `${groupLabel(g)} can launch ${types.length} instance types (${listSome(types)}).`);
      if (g.attributeBasedInstanceTypes)
        return undecided(g, `${groupLabel(g)} chooses instance types by attributes, which AutoScaling.6 does not evaluate.`);
      if (types === null)
        return fail(
          g,
          `${groupLabel(g)} launches the single instance type of its ${g.launchConfigurationName ? 'launch configuration' : 'launch template'} (no mixed instances policy).`,
        );
      return fail(
        g,
        `${groupLabel(g)} has a mixed instances policy with ${types.length === 0 ? 'no instance type overrides' : `only instance type ${types.join(', ')}`}.`,
      );
    }),
});
