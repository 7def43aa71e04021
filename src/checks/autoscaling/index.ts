import type { AnyCheck } from '../types.js';
import { autoscalingGroupElbHealthCheck } from './autoscaling-group-elb-health-check.js';
import { autoscalingGroupLaunchTemplateImdsv2Required } from './autoscaling-group-launch-template-imdsv2-required.js';
import { autoscalingGroupLaunchTemplateNoPublicIp } from './autoscaling-group-launch-template-no-public-ip.js';
import { autoscalingGroupMultiAz } from './autoscaling-group-multi-az.js';
import { autoscalingGroupMultipleInstanceTypes } from './autoscaling-group-multiple-instance-types.js';
import { autoscalingGroupTagged } from './autoscaling-group-tagged.js';
import { autoscalingGroupUsesLaunchTemplate } from './autoscaling-group-uses-launch-template.js';
import { autoscalingLaunchConfigurationImdsv2Required } from './autoscaling-launch-configuration-imdsv2-required.js';
import { autoscalingLaunchConfigurationNoPublicIp } from './autoscaling-launch-configuration-no-public-ip.js';

/** Every autoscaling check, imported explicitly (no filesystem discovery). */
export const autoscalingChecks: AnyCheck[] = [
  autoscalingGroupElbHealthCheck,
  autoscalingGroupMultiAz,
  autoscalingLaunchConfigurationImdsv2Required,
  autoscalingLaunchConfigurationNoPublicIp,
  autoscalingGroupMultipleInstanceTypes,
  autoscalingGroupUsesLaunchTemplate,
  autoscalingGroupTagged,
  autoscalingGroupLaunchTemplateImdsv2Required,
  autoscalingGroupLaunchTemplateNoPublicIp,
];
