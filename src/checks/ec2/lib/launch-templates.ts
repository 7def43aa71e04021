/**
 * The launch-template controls (EC2.25, EC2.170, EC2.181) judge each template's default version,
 * the one an Auto Scaling group or RunInstances uses when no version is named, as AWS Config
 * records AWS::EC2::LaunchTemplate.
 */
import type { Ec2LaunchTemplateVersion, Ec2Region } from '../../../model/ec2.js';
import type { ReadError } from '../../../model/observed.js';
import { accountRef, eachRegion, eachResource, unknown } from '../../define-check.js';
import type { CheckResult, EvalContext } from '../../types.js';

type LaunchData = NonNullable<Ec2LaunchTemplateVersion['launchData']>;

const notRecorded = (v: Ec2LaunchTemplateVersion): ReadError => ({
  action: 'ec2:DescribeLaunchTemplateVersions',
  kind: 'not-supported',
  target: v.arn,
  region: v.region,
  message: 'This inventory was collected by a Bulwark version that did not record launch template data.',
});

/** Runs `judge` on the default version of every launch template in every region. */
export function eachDefaultLaunchTemplateVersion(
  ctx: EvalContext,
  regions: Readonly<Record<string, Ec2Region>>,
  judge: (v: Ec2LaunchTemplateVersion, data: LaunchData, label: string) => CheckResult,
): CheckResult[] {
  return eachRegion(regions, (region, data) =>
    eachResource(data.launchTemplateVersions, accountRef(ctx, region, 'ec2'), (v) => {
      if (!v.defaultVersion) return undefined;
      const ref = { ...v, resourceType: 'AwsEc2LaunchTemplate' as const };
      if (v.launchData === null) return unknown(ref, notRecorded(v));
      return judge(v, v.launchData, `Launch template ${v.launchTemplateName ?? v.launchTemplateId} (default version ${v.versionNumber})`);
    }),
  );
}
