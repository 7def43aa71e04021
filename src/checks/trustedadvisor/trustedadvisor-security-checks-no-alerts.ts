import { accountRef, defineCheck, fail, notApplicable, pass, undecided, unknown } from '../define-check.js';

const NEEDS_PLAN = 'SubscriptionRequiredException';

/** Trusted Advisor's colours, as the console shows them. */
const COLOUR: Record<string, string> = { warning: 'yellow (investigation recommended)', error: 'red (action recommended)' };

export const trustedadvisorSecurityChecksNoAlerts = defineCheck({
  id: 'trustedadvisor-security-checks-no-alerts',
  title: 'Trusted Advisor security checks show no unreviewed alerts',
  service: 'trustedadvisor',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['5.11'] },
  rationale:
    "Trusted Advisor's security checks (open security group ports, exposed access keys, public snapshots, root MFA ...) are an independent second opinion from AWS. A check that is yellow or red has flagged resources nobody has fixed or suppressed; suppressing a resource after review is how an alert is marked as reviewed. The Support API, and with it these results, needs a Business, Enterprise On-Ramp or Enterprise Support plan: without one the result is UNKNOWN, never a PASS.",
  remediation: {
    summary:
      'Open each yellow or red security check, fix the flagged resources, or exclude the ones you have reviewed and accept (Exclude & Refresh) so the check turns green.',
    console: 'AWS Trusted Advisor console > Security > open the check > fix the flagged resources or select them > Exclude & Refresh.',
    docs: 'https://docs.aws.amazon.com/awssupport/latest/user/trusted-advisor-check-reference.html',
  },
  reads: ['trustedadvisor'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const list = inv.trustedadvisor.securityChecks;
    if (!list.ok) {
      const needsPlan = list.error.message.startsWith(NEEDS_PLAN);
      return [
        unknown(
          account,
          list.error,
          needsPlan
            ? 'Trusted Advisor security checks could not be read: the Support API needs a Business or Enterprise Support plan'
            : 'Trusted Advisor security checks could not be read',
        ),
      ];
    }
    if (list.value.length === 0)
      return [undecided(account, 'Trusted Advisor listed no security checks for the account, so none could be reviewed.')];
    return list.value.map((c) => {
      const ref = { arn: c.arn, region: 'global', resourceType: 'AwsAccount' as const };
      const counts =
        c.resourcesFlagged === null
          ? ''
          : `: ${c.resourcesFlagged} of ${c.resourcesProcessed ?? '?'} resource${c.resourcesProcessed === 1 ? '' : 's'} flagged`;
      switch (c.status) {
        case 'ok':
          return pass(ref, `Trusted Advisor check "${c.name}" is green${counts}.`);
        case 'warning':
        case 'error':
          return fail(ref, `Trusted Advisor check "${c.name}" is ${COLOUR[c.status]}${counts}.`);
        case 'not_available':
          return notApplicable(ref, `Trusted Advisor check "${c.name}" is not available for this account.`);
        default:
          return undecided(
            ref,
            c.status === null
              ? `Trusted Advisor returned no result for check "${c.name}", so whether it has alerts is not known.`
              : `Trusted Advisor check "${c.name}" has status "${c.status}", which this check does not know.`,
          );
      }
    });
  },
});
