import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachLoadBalancer } from './lib.js';

export const elbAlbDropsInvalidHeaders = defineCheck({
  id: 'elb-alb-drops-invalid-headers',
  title: 'Application Load Balancers drop invalid HTTP headers',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  frameworks: { fsbp: ['ELB.4'], checklist: ['4.12'] },
  rationale:
    'Header fields that do not conform to the HTTP standard are a vector for HTTP desync (request smuggling) attacks on the targets; by default an Application Load Balancer passes them on. As Security Hub ELB.4 (AWS Config alb-http-drop-invalid-header-enabled), the load balancer fails when routing.http.drop_invalid_header_fields.enabled is false.',
  remediation: {
    summary: 'Turn on "Drop invalid header fields" in the load balancer attributes.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <load-balancer-arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachLoadBalancer(inv, ctx, (lb) => {
      if (lb.type !== 'application') return undefined;
      if (!lb.attributes.ok) return unknown(lb, lb.attributes.error);
      const drop = lb.attributes.value.dropInvalidHeaderFields;
      if (drop === null)
        return unknown(
          lb,
          missingData(
            'elasticloadbalancing:DescribeLoadBalancerAttributes',
            lb.arn,
            'the answer has no routing.http.drop_invalid_header_fields.enabled attribute',
            {
              region: lb.region,
            },
          ),
          `Whether Application Load Balancer ${lb.name} drops invalid headers could not be decided`,
        );
      return drop
        ? pass(lb, `Application Load Balancer ${lb.name} drops invalid HTTP header fields.`)
        : fail(
            lb,
            `Application Load Balancer ${lb.name} does not drop invalid HTTP header fields (routing.http.drop_invalid_header_fields.enabled is false).`,
          );
    }),
});
