import { defineCheck, fail, notApplicable, pass } from '../define-check.js';
import { eachV2Route } from './walk.js';

export const apigatewayRouteAuthorizationTypeConfigured = defineCheck({
  id: 'apigateway-route-authorization-type-configured',
  title: 'API Gateway HTTP and WebSocket API routes specify an authorization type',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AwsApiGatewayV2Route',
  frameworks: { fsbp: ['APIGateway.8'] },
  rationale:
    'A route with authorization type NONE lets anyone who can reach the endpoint invoke its integration. As Security Hub APIGateway.8 (AWS Config api-gwv2-authorization-type-configured, no authorizationType set), a route passes with any authorization type other than NONE. WebSocket APIs authorize only on the $connect route (AWS rejects authorizers on others), so their other routes are not applicable.',
  remediation: {
    summary: 'Attach an authorizer (IAM, JWT or Lambda) to the route.',
    cli: 'aws apigatewayv2 update-route --api-id <api-id> --route-id <route-id> --authorization-type AWS_IAM',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
  },
  reads: ['apigateway'],
  evaluate: (inv, ctx) =>
    eachV2Route(ctx, inv.apigateway, (route) => {
      const name = `API Gateway ${route.protocolType === 'WEBSOCKET' ? 'WebSocket' : 'HTTP'} API ${route.apiName} route ${route.routeKey}`;
      if (route.protocolType === 'WEBSOCKET' && route.routeKey !== '$connect')
        return notApplicable(route, `${name} cannot have an authorizer: WebSocket APIs authorize connections on $connect.`);
      return route.authorizationType !== 'NONE'
        ? pass(route, `${name} uses authorization type ${route.authorizationType}.`)
        : fail(route, `${name} has authorization type NONE.`);
    }),
});
