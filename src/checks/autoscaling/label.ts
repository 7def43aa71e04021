import type { AutoscalingGroup, AutoscalingLaunchTemplateRef } from '../../model/autoscaling.js';

/** "lt-0abc (web) version $Latest (3)": how a group's launch template is named in reasons. */
export function templateLabel(ref: AutoscalingLaunchTemplateRef, versionNumber: number | null): string {
  const name = ref.id && ref.name ? `${ref.id} (${ref.name})` : (ref.id ?? ref.name ?? 'unnamed');
  const resolved = versionNumber !== null && String(versionNumber) !== ref.version ? ` (${versionNumber})` : '';
  return `launch template ${name} version ${ref.version}${resolved}`;
}

export const groupLabel = (g: AutoscalingGroup) => `Auto Scaling group ${g.name}`;
