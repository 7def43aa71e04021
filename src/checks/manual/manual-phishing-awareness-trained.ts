import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualPhishingAwarenessTrained = defineCheck({
  id: 'manual-phishing-awareness-trained',
  title: 'People with access are trained to recognise phishing and social engineering',
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['7.2'] },
  rationale:
    'Stolen console passwords and access keys are most often phished, not cracked; fake AWS sign-in pages and billing emails target exactly the people with access.',
  remediation: {
    summary:
      'Train everyone with AWS access to recognise phishing and pretexting, use phishing-resistant MFA (FIDO2 security keys or passkeys) where possible, and make reporting a suspicious message easy.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that people with access to account ${ctx.accountId} are regularly trained to recognise phishing and social engineering, including fake AWS sign-in pages.`,
    ),
  ],
});
