/** Shared setup of the launch-template control tests: one default version with overridden launch data. */
import type { AnyCheck, CheckResult } from '../../../src/checks/types.js';
import type { Ec2LaunchTemplateVersion } from '../../../src/model/ec2.js';
import { ok } from '../../builders/index.js';
import { ec2LaunchTemplateVersion } from '../../builders/ec2.js';
import { inRegion, R, runWith } from './helpers.js';

type LaunchData = NonNullable<Ec2LaunchTemplateVersion['launchData']>;
export const LABEL = 'Launch template app-asg (default version 1)';

export function runTemplate(check: AnyCheck, data: Partial<LaunchData> | null, o: Partial<Ec2LaunchTemplateVersion> = {}): CheckResult[] {
  const base = ec2LaunchTemplateVersion({ region: R });
  const launchData = data === null ? null : { ...(base.launchData as LaunchData), ...data };
  return inRegion(runWith(check, { launchTemplateVersions: ok([{ ...base, launchData, ...o }]) }));
}
