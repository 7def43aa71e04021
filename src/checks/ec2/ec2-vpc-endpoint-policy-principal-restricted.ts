import { defineCheck, eachRegional, fail, missingData, notApplicable, pass, unknown } from '../define-check.js';
import { parsePolicy, publicAccess } from '../lib/policy/index.js';

export const ec2VpcEndpointPolicyPrincipalRestricted = defineCheck({
  id: 'ec2-vpc-endpoint-policy-principal-restricted',
  title: 'VPC endpoint policies do not allow every principal without conditions',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'Other',
  frameworks: { checklist: ['4.10'] },
  rationale:
    "The endpoint policy decides which identities and resources can be reached through the endpoint; the default full-access policy lets any principal, including other accounts' credentials, use it, for example to exfiltrate data to their own buckets.",
  remediation: {
    summary:
      'Replace the endpoint policy with one that names the allowed principals or adds conditions that pin the caller, such as aws:PrincipalOrgID or aws:PrincipalAccount (aws:ResourceAccount alone limits what can be reached, not who calls).',
    cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpce-id> --policy-document file://endpoint-policy.json',
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'vpcEndpoints', 'ec2', (e, _data, region) => {
      const label = `VPC endpoint ${e.vpcEndpointId}${e.serviceName ? ` (${e.serviceName})` : ''}`;
      // Endpoint types without policy support (e.g. Gateway Load Balancer) return no document.
      if (e.policyDocument === null || e.policyDocument === undefined) {
        return notApplicable(e, `${label} is a ${e.vpcEndpointType ?? 'type of'} endpoint without an endpoint policy.`);
      }
      const parsed = parsePolicy(e.policyDocument);
      // A document that does not parse is data we could not read, not a verdict on the endpoint.
      if (!parsed.ok)
        return unknown(
          e,
          missingData('ec2:DescribeVpcEndpoints', e.arn, `the endpoint policy is not a readable policy document (${parsed.reason})`, {
            region,
          }),
          `Whether ${label} restricts its principals could not be decided`,
        );
      // Every request through the endpoint comes from its own VPC and carries its own ID, so
      // aws:SourceVpc / aws:SourceVpce equal to those restrict nobody.
      const context = { ownVpcIds: e.vpcId ? [e.vpcId] : [], ownVpceIds: [e.vpcEndpointId] };
      const { grants, closedByDeny } = publicAccess(parsed.policy, { actions: ['*'], context });
      if (grants.length === 0) {
        if (closedByDeny.length > 0)
          return pass(
            e,
            `${label} policy restricts who may use it: ${closedByDeny.map((c) => `${c.by} denies every caller but a pinned one what ${c.label} allows`).join('; ')}.`,
          );
        return pass(e, `${label} policy restricts who may use it (no unconditioned Allow for every principal).`);
      }
      const bare = grants.filter((g) => g.statement.conditions.length === 0).map((g) => g.label);
      const loose = grants.filter((g) => g.statement.conditions.length > 0).map((g) => g.label);
      const parts = [
        ...(bare.length ? [`allows every principal without conditions in ${bare.join(', ')}`] : []),
        ...(loose.length
          ? [`allows every principal in ${loose.join(', ')} under conditions that do not restrict the caller or its network`]
          : []),
      ];
      return fail(e, `${label} policy ${parts.join('; it ')}.`);
    }),
});
