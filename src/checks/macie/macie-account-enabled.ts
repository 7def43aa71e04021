import { accountRef, defineCheck, eachRegion, fail, pass, unknown } from '../define-check.js';

export const macieAccountEnabled = defineCheck({
  id: 'macie-account-enabled',
  title: 'Amazon Macie is enabled in every region',
  service: 'macie',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Macie.1'], 'cis-3.0': ['2.1.3'], checklist: ['3.10'] },
  rationale:
    'Macie inventories S3 buckets and discovers sensitive data (credentials, personal and financial data) in them, so data that needs stronger protection is found and classified instead of assumed. ' +
    'A Macie session is regional; a PAUSED session performs no discovery.',
  remediation: {
    summary:
      'Enable Macie in every region in use (or from the Macie delegated administrator for the whole organization), and resume any paused session.',
    cli: 'aws macie2 enable-macie --region <region>',
    docs: 'https://docs.aws.amazon.com/macie/latest/user/getting-started.html',
  },
  reads: ['macie'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.macie.sessions, (region, session) => {
      const account = accountRef(ctx, region, 'macie2');
      if (!session.ok) return unknown(account, session.error);
      if (!session.value) return fail(account, `Amazon Macie is not enabled in ${region}.`);
      if (session.value.status === 'ENABLED') return pass(account, `Amazon Macie is enabled in ${region}.`);
      return fail(account, `Amazon Macie is ${session.value.status} in ${region}, so it performs no discovery.`);
    }),
});
