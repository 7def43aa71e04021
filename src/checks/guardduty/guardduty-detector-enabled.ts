import { accountRef, defineCheck, eachRegion, fail, pass, unknown } from '../define-check.js';

export const guarddutyDetectorEnabled = defineCheck({
  id: 'guardduty-detector-enabled',
  title: 'GuardDuty is enabled in every region',
  service: 'guardduty',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['GuardDuty.1'], checklist: ['5.7'] },
  rationale:
    'GuardDuty is the managed threat detection that notices compromised credentials, crypto-mining and reconnaissance from CloudTrail, VPC flow and DNS logs; attackers favour the regions nobody watches.',
  remediation: {
    summary:
      'Create an enabled GuardDuty detector in every region (with AWS Organizations, delegate an administrator and auto-enable members).',
    cli: 'aws guardduty create-detector --enable --region <region>',
    docs: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
  },
  reads: ['guardduty'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.guardduty.detectors, (region, detectors) => {
      const ref = accountRef(ctx, region, 'guardduty');
      if (!detectors.ok) return unknown(ref, detectors.error);
      if (detectors.value.length === 0) return fail(ref, `GuardDuty has no detector in ${region}.`);
      const enabled = detectors.value.find((d) => d.status.ok && d.status.value === 'ENABLED');
      if (enabled)
        return pass(
          { ...enabled, resourceType: 'AwsGuardDutyDetector' },
          `GuardDuty detector ${enabled.detectorId} is enabled in ${region}.`,
        );
      const unread = detectors.value.flatMap((d) => (d.status.ok ? [] : [d.status.error]));
      if (unread.length) return unknown(ref, unread);
      const first = detectors.value[0];
      return fail(
        first ? { ...first, resourceType: 'AwsGuardDutyDetector' } : ref,
        `GuardDuty detector ${detectors.value.map((d) => d.detectorId).join(', ')} in ${region} is suspended (DISABLED).`,
      );
    }),
});
