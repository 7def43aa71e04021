import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualBusinessContinuityPlanExists = defineCheck({
  id: 'manual-business-continuity-plan-exists',
  title: 'A business continuity and disaster recovery plan covers the account',
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['5.15'] },
  rationale:
    'Backups that were never restored and recovery steps that were never run fail when needed; recovery objectives decide which backups and regions a workload needs.',
  remediation: {
    summary:
      'Define recovery time and recovery point objectives for each workload, back up accordingly (ideally into another account and region), and test restores regularly.',
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-workloads-on-aws.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that a business continuity and disaster recovery plan with recovery time and point objectives covers the workloads of account ${ctx.accountId} and has been tested.`,
    ),
  ],
});
