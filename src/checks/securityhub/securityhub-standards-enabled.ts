import { accountRef, defineCheck, eachRegion, fail, pass, unknown, missingData } from '../define-check.js';

/**
 * Subscriptions in these states are enabled and evaluating (or about to). FAILED means a request
 * to *disable* the standard failed, so it is still enabled; DELETING is being disabled, and
 * INCOMPLETE could not be enabled completely (e.g. NO_AVAILABLE_CONFIGURATION_RECORDER):
 * https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_StandardsSubscription.html
 */
const ACTIVE = new Set(['READY', 'PENDING', 'FAILED']);

export const securityhubStandardsEnabled = defineCheck({
  id: 'securityhub-standards-enabled',
  title: 'Security Hub has at least one security standard enabled in every region',
  service: 'securityhub',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['5.8'] },
  rationale:
    'A hub with no standard enabled only collects findings from other services; standards such as AWS Foundational Security Best Practices and CIS are what run the continuous configuration checks.',
  remediation: {
    summary: 'Enable the AWS Foundational Security Best Practices standard (and CIS if required) in every region where Security Hub is on.',
    cli: 'aws securityhub batch-enable-standards --standards-subscription-requests StandardsArn=arn:aws:securityhub:<region>::standards/aws-foundational-security-best-practices/v/1.0.0',
    docs: 'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards-enable-disable.html',
  },
  reads: ['securityhub'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.securityhub.regions, (region, data) => {
      const ref = accountRef(ctx, region, 'securityhub');
      if (!data.hub.ok) return unknown(ref, data.hub.error);
      if (!data.hub.value) return fail(ref, `Security Hub is not enabled in ${region}, so no standard is enabled.`);
      const hubArn = data.hub.value.arn;
      // The collector reads the standards whenever the hub is on; a missing read is never a PASS.
      if (!data.enabledStandards) {
        return unknown(ref, missingData('securityhub:GetEnabledStandards', hubArn, 'not read', { region }));
      }
      if (!data.enabledStandards.ok) return unknown(ref, data.enabledStandards.error);
      const active = data.enabledStandards.value.filter((s) => ACTIVE.has(s.standardsStatus));
      if (active.length === 0) {
        const n = data.enabledStandards.value.length;
        return fail(
          ref,
          `Security Hub in ${region} has no active security standard${n ? ` (${n} subscription(s) incompletely enabled or being disabled)` : ''}.`,
        );
      }
      const names = active.map((s) => s.standardsArn.split(':standards/').pop() ?? s.standardsArn);
      return pass(ref, `Security Hub in ${region} has ${active.length} standard(s) enabled: ${names.join(', ')}.`);
    }),
});
