import { accountRef, defineCheck, eachRegion, eachResource, fail, missingData, notApplicable, pass, unknown } from '../define-check.js';
import { statementLabel, statementsOf, unconditionedPublicAllows } from './lib/policy.js';

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
      'Replace the endpoint policy with one that names the allowed principals or adds conditions such as aws:PrincipalOrgID or aws:ResourceAccount.',
    cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpce-id> --policy-document file://endpoint-policy.json',
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegion(inv.ec2.regions, (region, r) =>
      eachResource(r.vpcEndpoints, accountRef(ctx, region, 'ec2'), (e) => {
        const label = `VPC endpoint ${e.vpcEndpointId}${e.serviceName ? ` (${e.serviceName})` : ''}`;
        // Endpoint types without policy support (e.g. Gateway Load Balancer) return no document.
        if (e.policyDocument === null || e.policyDocument === undefined) {
          return notApplicable(e, `${label} is a ${e.vpcEndpointType ?? 'type of'} endpoint without an endpoint policy.`);
        }
        const statements = statementsOf(e.policyDocument);
        // A document that does not parse is data we could not read, not a verdict on the endpoint.
        if (!statements)
          return unknown(
            e,
            missingData('ec2:DescribeVpcEndpoints', e.arn, 'the endpoint policy is not a readable policy document', { region }),
            `Whether ${label} restricts its principals could not be decided`,
          );
        const open = unconditionedPublicAllows(statements);
        if (open.length === 0) return pass(e, `${label} policy restricts who may use it (no unconditioned Allow for every principal).`);
        const names = open.map((s) => statementLabel(s, statements.indexOf(s)));
        return fail(e, `${label} policy allows every principal without conditions in ${names.join(', ')}.`);
      }),
    ),
});
