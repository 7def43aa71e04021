import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualSecurityOwnerAssigned = defineCheck({
  id: 'manual-security-owner-assigned',
  title: "A named person or team is in charge of the account's security",
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['1.27'] },
  rationale: "Findings, AWS notices and incidents need an owner who acts on them; when security is everybody's job it is nobody's.",
  remediation: {
    summary:
      "Name the person or team accountable for the account's security, make them the security alternate contact and route Security Hub, GuardDuty and AWS Health notifications to them.",
    docs: 'https://docs.aws.amazon.com/wellarchitected/latest/security-pillar/welcome.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that a named person or team owns the security of account ${ctx.accountId} and receives its security notifications.`,
    ),
  ],
});
