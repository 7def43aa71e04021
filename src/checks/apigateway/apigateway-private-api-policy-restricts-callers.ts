import { defineCheck, eachRegional, fail, missingData, notApplicable, pass, unknown } from '../define-check.js';
import { judgePublicPolicy } from '../lib/resource-policy-public.js';

/**
 * A private REST API is reachable only through interface VPC endpoints, but through anyone's: a
 * resource policy that grants execute-api:Invoke to everyone without pinning the caller (e.g. to
 * aws:SourceVpce, aws:SourceVpc or aws:PrincipalOrgID) lets any VPC endpoint in any AWS account
 * invoke it. Judged by the one policy engine. Edge and regional APIs are internet-facing by design
 * (their authorizers decide), so they are not in scope.
 */
export const apigatewayPrivateApiPolicyRestrictsCallers = defineCheck({
  id: 'apigateway-private-api-policy-restricts-callers',
  title: 'Private API Gateway REST APIs allow only pinned VPC endpoints, networks or accounts in their resource policy',
  service: 'apigateway',
  severity: 'high',
  resourceType: 'AwsApiGatewayRestApi',
  frameworks: {},
  rationale:
    'A private API is meant for callers inside your networks. Its resource policy is the only gate: granting execute-api:Invoke to "*" without a condition on aws:SourceVpce, aws:SourceVpc, aws:PrincipalOrgID or similar lets any VPC endpoint in any AWS account reach it.',
  remediation: {
    summary:
      'Add a condition that pins the callers to your VPC endpoints (aws:SourceVpce), VPCs (aws:SourceVpc) or organization (aws:PrincipalOrgID) to every statement that allows "*", or a Deny for everyone else; then redeploy the API.',
    cli: "aws apigateway update-rest-api --rest-api-id <api-id> --patch-operations op=replace,path=/policy,value='<policy-json>'",
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-api-create.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.apigateway.restApis, 'apigateway', (api, region) => {
      const name = `API Gateway REST API ${api.name} (${api.id})`;
      if (api.endpointTypes === undefined || api.policy === undefined)
        return unknown(
          api,
          missingData('apigateway:GET', api.arn, 'the inventory predates reading REST API endpoint types and resource policies', {
            region,
          }),
        );
      if (!api.endpointTypes.includes('PRIVATE'))
        return notApplicable(
          api,
          `${name} is ${api.endpointTypes.join('/') || 'not private'}: only private APIs are judged by this check.`,
        );
      const verdict = judgePublicPolicy(api.policy);
      switch (verdict.kind) {
        case 'no-policy':
          return pass(api, `${name} is private and has no resource policy, so no VPC endpoint can invoke it.`);
        case 'unreadable':
          return unknown(
            api,
            missingData('apigateway:GET', api.arn, `the resource policy is not a readable policy document (${verdict.reason})`, { region }),
            `Whether private ${name} admits any VPC endpoint could not be decided`,
          );
        case 'public':
          return fail(api, `Private ${name} resource policy ${verdict.text}: any VPC endpoint in any account can invoke it.`);
        case 'not-public':
          return pass(api, `Private ${name} resource policy ${verdict.text}.`);
      }
    }),
});
