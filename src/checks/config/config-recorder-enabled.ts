import { accountRef, defineCheck, eachRegion, fail, pass, undecided, unknown } from '../define-check.js';
import type { ConfigRecorder, ConfigRegion } from '../../model/config.js';
import type { ReadError } from '../../model/observed.js';

/** A recorder that records every supported resource type (allSupported, or the equivalent recording strategy, with no exclusions). */
const recordsAll = (r: ConfigRecorder) =>
  (r.allSupported || r.recordingStrategy === 'ALL_SUPPORTED_RESOURCE_TYPES') && r.excludedResourceTypes.length === 0;

type RegionVerdict =
  { status: 'ok'; recorder: ConfigRecorder } | { status: 'fail'; why: string } | { status: 'unknown'; errors: ReadError[] };

function regionVerdict(data: ConfigRegion): RegionVerdict {
  const { recorders, recorderStatuses, deliveryChannels } = data;
  if (!recorders.ok) return { status: 'unknown', errors: [recorders.error] };
  if (recorders.value.length === 0) return { status: 'fail', why: 'has no configuration recorder' };
  const all = recorders.value.filter(recordsAll);
  if (all.length === 0) return { status: 'fail', why: `has recorder ${recorders.value[0]?.name} recording only selected resource types` };
  if (!recorderStatuses.ok) return { status: 'unknown', errors: [recorderStatuses.error] };
  const running = all.filter((r) =>
    recorderStatuses.value.some((s) => s.name === r.name && s.recording && s.lastStatus?.toLowerCase() !== 'failure'),
  );
  if (running.length === 0) {
    const failing = all.some((r) => recorderStatuses.value.some((s) => s.name === r.name && s.recording));
    return {
      status: 'fail',
      why: failing
        ? `has recorder ${all[0]?.name} whose last recording attempt failed`
        : `has recorder ${all[0]?.name} stopped (not recording)`,
    };
  }
  if (!deliveryChannels.ok) return { status: 'unknown', errors: [deliveryChannels.error] };
  if (deliveryChannels.value.length === 0)
    return { status: 'fail', why: 'has a recorder but no delivery channel, so nothing is delivered' };
  return { status: 'ok', recorder: running.find((r) => r.includeGlobalResourceTypes) ?? (running[0] as ConfigRecorder) };
}

export const configRecorderEnabled = defineCheck({
  id: 'config-recorder-enabled',
  title: 'AWS Config records all resource types in every region, with a delivery channel',
  service: 'config',
  severity: 'critical',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Config.1'], 'cis-3.0': ['3.3'], checklist: ['5.6'] },
  rationale:
    'AWS Config keeps the configuration history of every resource, which incident response and change auditing depend on, and Security Hub controls are evaluated from it; a region without a recorder is a blind spot.',
  remediation: {
    summary:
      'In every region, create a configuration recorder recording all supported resource types (global IAM resource types in one region), a delivery channel to an S3 bucket, and start the recorder.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket> && aws configservice start-configuration-recorder --configuration-recorder-name default',
    docs: 'https://docs.aws.amazon.com/config/latest/developerguide/gs-cli-subscribe.html',
  },
  reads: ['config'],
  evaluate: (inv, ctx) => {
    const verdicts = Object.fromEntries(Object.entries(inv.config.regions).map(([r, d]) => [r, regionVerdict(d)]));
    // Global resource types (IAM) need recording in one region only (CIS 3.3 audit step 5).
    const globalRecorded = Object.values(verdicts).some((v) => v.status === 'ok' && v.recorder.includeGlobalResourceTypes);
    const globalUnknown = Object.values(verdicts).some((v) => v.status === 'unknown');
    return eachRegion(verdicts, (region, v) => {
      const ref = accountRef(ctx, region, 'config');
      if (v.status === 'unknown') return unknown(ref, v.errors);
      if (v.status === 'fail') return fail(ref, `AWS Config in ${region} ${v.why}.`);
      if (!globalRecorded) {
        if (globalUnknown)
          return unknown(
            ref,
            Object.values(verdicts).flatMap((x) => (x.status === 'unknown' ? x.errors : [])),
            `AWS Config in ${region} records all regional resources, but whether any region records global IAM resource types could not be decided`,
          );
        if (!inv.regions.complete) {
          // Global types may be recorded in an enabled region this scan did not cover.
          return undecided(
            ref,
            `AWS Config in ${region} records all regional resources, but no scanned region records global (IAM) resource types, and not every enabled region was scanned (scan with --region all to decide).`,
          );
        }
        return fail(
          ref,
          `AWS Config in ${region} records all regional resources, but no enabled region records global (IAM) resource types.`,
        );
      }
      return pass(
        ref,
        `AWS Config in ${region} is recording all resource types with recorder ${v.recorder.name} and has a delivery channel.`,
      );
    });
  },
});
