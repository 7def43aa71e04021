import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

export const organizationsAccountInOrganization = defineCheck({
  id: 'organizations-account-in-organization',
  title: 'The account is part of an AWS Organizations organization',
  service: 'organizations',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Account.2'], checklist: ['1.23'] },
  rationale:
    'An organization separates workloads into accounts and lets central guardrails (service control policies), consolidated logging and delegated security services apply to every account; a standalone account has none of these.',
  remediation: {
    summary: 'Create an organization from a dedicated management account and invite this account, or accept the invitation sent to it.',
    cli: 'aws organizations create-organization --feature-set ALL',
    docs: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_tutorials_basic.html',
  },
  reads: ['organizations'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const org = inv.organizations.organization;
    if (!org.ok) return [unknown(account, org.error)];
    if (!org.value) return [fail(account, `Account ${ctx.accountId} is not part of an AWS Organizations organization.`)];
    const { id, masterAccountId } = org.value;
    return [
      pass(
        account,
        masterAccountId === ctx.accountId
          ? `Account ${ctx.accountId} is the management account of organization ${id}.`
          : `Account ${ctx.accountId} is a member of organization ${id} (management account ${masterAccountId}).`,
      ),
    ];
  },
});
