import { accountRef, defineCheck, eachRegion, fail, missingData, notApplicable, pass, unknown } from '../define-check.js';

/**
 * FSBP Macie.2 (AWS Config macie-auto-sensitive-data-discovery-check): automated sensitive data
 * discovery is ENABLED. It applies to Macie administrator (and standalone) accounts and is not
 * applicable to member accounts, whose administrator manages it; a region where Macie is not
 * enabled has nothing to judge (Macie.1 fails it).
 * https://docs.aws.amazon.com/securityhub/latest/userguide/macie-controls.html#macie-2
 */
export const macieAutomatedDiscoveryEnabled = defineCheck({
  id: 'macie-automated-discovery-enabled',
  title: 'Macie automated sensitive data discovery is enabled',
  service: 'macie',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Macie.2'] },
  rationale:
    'Automated sensitive data discovery samples every bucket continuously, so new sensitive data is found without anyone scheduling a classification job.',
  remediation: {
    summary: 'Enable automated sensitive data discovery in Macie (from the administrator account for an organization).',
    cli: 'aws macie2 update-automated-discovery-configuration --status ENABLED --region <region>',
    docs: 'https://docs.aws.amazon.com/macie/latest/user/discovery-asdd-account-enable.html',
  },
  reads: ['macie'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.macie.sessions, (region, session) => {
      const account = accountRef(ctx, region, 'macie2');
      if (!session.ok) return unknown(account, session.error);
      if (!session.value) return notApplicable(account, `Amazon Macie is not enabled in ${region}, so there is no discovery to judge.`);
      const { administratorAccountId: admin, automatedDiscoveryStatus: status } = session.value;
      const target = account.arn;
      if (!admin)
        return unknown(account, missingData('macie2:GetAdministratorAccount', target, 'not recorded in this inventory', { region }));
      if (!admin.ok) return unknown(account, admin.error);
      if (admin.value !== null)
        return notApplicable(
          account,
          `This account is a Macie member of account ${admin.value} in ${region}; its administrator manages discovery.`,
        );
      if (!status)
        return unknown(
          account,
          missingData('macie2:GetAutomatedDiscoveryConfiguration', target, 'not recorded in this inventory', { region }),
        );
      if (!status.ok) return unknown(account, status.error);
      return status.value === 'ENABLED'
        ? pass(account, `Macie automated sensitive data discovery is enabled in ${region}.`)
        : fail(account, `Macie automated sensitive data discovery is ${status.value} in ${region}.`);
    }),
});
