import { accountRef, defineCheck, eachRegion, fail, pass, unknown } from '../define-check.js';

export const securityhubHubEnabled = defineCheck({
  id: 'securityhub-hub-enabled',
  title: 'Security Hub is enabled in every region',
  service: 'securityhub',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { 'cis-3.0': ['4.16'], checklist: ['5.8'] },
  rationale:
    'Security Hub aggregates findings from GuardDuty, Inspector, Macie, Config and partner tools and continuously evaluates security standards; without it findings stay scattered per service and region.',
  remediation: {
    summary: 'Enable Security Hub in every region (with AWS Organizations, from the delegated administrator with central configuration).',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    docs: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
  },
  reads: ['securityhub'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.securityhub.regions, (region, data) => {
      const ref = accountRef(ctx, region, 'securityhub');
      if (!data.hub.ok) return unknown(ref, data.hub.error);
      if (!data.hub.value) return fail(ref, `Security Hub is not enabled in ${region}.`);
      // Reported on the account in every case, so a finding keeps its resource when the status changes.
      return pass(ref, `Security Hub is enabled in ${region} (hub ${data.hub.value.arn}).`);
    }),
});
