import { accountRef, defineCheck, eachRegion, fail, notApplicable, pass, undecided, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';

/** The policy types that manage security groups or AWS WAF centrally (checklist 4.15). */
const SG_OR_WAF = ['SECURITY_GROUPS_COMMON', 'SECURITY_GROUPS_CONTENT_AUDIT', 'SECURITY_GROUPS_USAGE_AUDIT', 'WAF', 'WAFV2'];

export const fmsFirewallPoliciesInUse = defineCheck({
  id: 'fms-firewall-policies-in-use',
  title: 'Firewall Manager applies a security group or WAF policy centrally in each region',
  service: 'fms',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['4.15'] },
  rationale:
    'Firewall Manager policies apply and audit security group and AWS WAF rules across every account of the organization, so a new account or load balancer is protected without anyone remembering to. A Bulwark judgment with no Security Hub control, per region: PASS when ListPolicies lists a security group (common, content audit or usage audit) or WAF policy, FAIL when it lists none. Only the Firewall Manager administrator account sees policies: where AWS declines the call (InvalidOperationException, ResourceNotFoundException) the region is UNKNOWN with AWS’s answer, or NOT_APPLICABLE when the account is in no organization, which Firewall Manager requires.',
  remediation: {
    summary:
      'From the Firewall Manager administrator account, create a security group policy (common or audit) and a WAF policy for the region, scoped to the accounts and resources to protect.',
    console: 'Firewall Manager console > Security policies > Create policy (AWS WAF or Security group), choose the region and scope.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/working-with-policies.html',
  },
  reads: ['fms', 'organizations'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.fms.regions, (region, data) => {
      const ref = accountRef(ctx, region, 'fms');
      if (!data.policies.ok) return unknown(ref, data.policies.error);
      const answer = data.policies.value;
      if (answer.status === 'declined') {
        const org = inv.organizations.organization;
        if (org.ok && org.value === null)
          return notApplicable(
            ref,
            `Account ${ctx.accountId} is in no AWS Organizations organization, which Firewall Manager requires (ListPolicies in ${region} answered ${answer.code}).`,
          );
        return undecided(
          ref,
          `Firewall Manager declined ListPolicies in ${region} (${answer.code}: ${answer.message}): this account is not the Firewall Manager administrator, or the region is not enabled for it. Policies can be judged only from the administrator account.`,
        );
      }
      const central = answer.policies.filter((p) => p.securityServiceType !== null && SG_OR_WAF.includes(p.securityServiceType));
      if (central.length > 0)
        return pass(
          ref,
          `Firewall Manager applies ${central.length} security group or WAF polic${central.length === 1 ? 'y' : 'ies'} in ${region}: ${listSome(central.map((p) => `${p.name} (${p.securityServiceType ?? ''})`))}.`,
        );
      const others = [...new Set(answer.policies.map((p) => p.securityServiceType ?? 'unknown type'))].sort();
      return fail(
        ref,
        answer.policies.length === 0
          ? `Firewall Manager has no policy in ${region}.`
          : `Firewall Manager has no security group or WAF policy in ${region} (only ${listSome(others)}).`,
      );
    }),
});
