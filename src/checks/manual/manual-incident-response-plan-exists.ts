import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualIncidentResponsePlanExists = defineCheck({
  id: 'manual-incident-response-plan-exists',
  title: 'A tested incident response plan covers the account',
  service: 'manual',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['5.15'] },
  rationale:
    'In an incident the first hours decide the damage; without a plan people improvise who to call, how to revoke access and how to keep evidence.',
  remediation: {
    summary:
      'Write an incident response plan for AWS (contacts, escalation, credential revocation, evidence preservation, engaging AWS Support) and exercise it at least once a year.',
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/aws-security-incident-response-guide/welcome.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that a written incident response plan covers account ${ctx.accountId}, names who is called and how access is revoked, and has been exercised in the last year.`,
    ),
  ],
});
