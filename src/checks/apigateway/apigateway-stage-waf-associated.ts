import { defineCheck, fail, pass } from '../define-check.js';
import { eachRestStage, restStageName } from './walk.js';

export const apigatewayStageWafAssociated = defineCheck({
  id: 'apigateway-stage-waf-associated',
  title: 'API Gateway REST API stages are associated with an AWS WAF web ACL',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayStage',
  frameworks: { fsbp: ['APIGateway.4'] },
  rationale:
    'A WAF web ACL filters common web exploits and abusive traffic before it reaches the API and its backends. As Security Hub APIGateway.4 (AWS Config api-gw-associated-with-waf, no web ACL list given), a REST API stage passes when any web ACL is associated with it.',
  remediation: {
    summary: 'Associate a regional AWS WAF web ACL with the stage.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<api-id>/stages/<stage>',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachRestStage(ctx, inv.apigateway, (stage) =>
      stage.webAclArn
        ? pass(stage, `${restStageName(stage)} is associated with web ACL ${stage.webAclArn}.`)
        : fail(stage, `${restStageName(stage)} is not associated with an AWS WAF web ACL.`),
    ),
});
