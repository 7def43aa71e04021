import type { AnyCheck } from '../../../src/checks/types.js';
import type { AutoscalingGroup, AutoscalingLaunchConfiguration } from '../../../src/model/autoscaling.js';
import { buildInventory, denied, run } from '../../builders/index.js';
import { autoscalingGroup, autoscalingLaunchConfiguration, autoscalingSection } from '../../builders/autoscaling.js';

/** The one result for a group `g` in us-east-1 built with `overrides`. */
export const oneGroup = (check: AnyCheck, overrides: Partial<AutoscalingGroup>) =>
  run(check, buildInventory({ autoscaling: autoscalingSection([autoscalingGroup('g', 'us-east-1', overrides)]) }))[0];

/** The one result for a launch configuration `lc` in us-east-1 built with `overrides`. */
export const oneConfiguration = (check: AnyCheck, overrides: Partial<AutoscalingLaunchConfiguration>) =>
  run(check, buildInventory({ autoscaling: autoscalingSection([], [autoscalingLaunchConfiguration('lc', 'us-east-1', overrides)]) }))[0];

/** Results when the region's list read (groups or launch configurations) was denied. */
export function deniedList(check: AnyCheck, list: 'groups' | 'launchConfigurations', action: string) {
  const section = autoscalingSection([]);
  const region = section.regions['eu-west-1'];
  if (region) region[list] = denied(action, { region: 'eu-west-1' });
  return run(check, buildInventory({ autoscaling: section }));
}
