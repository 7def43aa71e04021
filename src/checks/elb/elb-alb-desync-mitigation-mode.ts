import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachLoadBalancer } from './lib.js';

/** The control's desyncMode parameter (not customizable). */
const ACCEPTED = ['defensive', 'strictest'];

export const elbAlbDesyncMitigationMode = defineCheck({
  id: 'elb-alb-desync-mitigation-mode',
  title: 'Application Load Balancers use defensive or strictest desync mitigation mode',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  frameworks: { fsbp: ['ELB.12'], checklist: ['4.12'] },
  rationale:
    "HTTP desync lets an attacker smuggle requests past the load balancer, poisoning queues and caches or hijacking other users' requests. As Security Hub ELB.12 (AWS Config alb-desync-mode-check), an Application Load Balancer fails unless routing.http.desync_mitigation_mode is defensive or strictest (monitor fails).",
  remediation: {
    summary: 'Set the desync mitigation mode to defensive (the default) or strictest.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <load-balancer-arn> --attributes Key=routing.http.desync_mitigation_mode,Value=defensive',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachLoadBalancer(inv, ctx, (lb) => {
      if (lb.type !== 'application') return undefined;
      if (!lb.attributes.ok) return unknown(lb, lb.attributes.error);
      const mode = lb.attributes.value.desyncMitigationMode;
      if (mode === null)
        return unknown(
          lb,
          missingData(
            'elasticloadbalancing:DescribeLoadBalancerAttributes',
            lb.arn,
            'the answer has no routing.http.desync_mitigation_mode attribute',
            {
              region: lb.region,
            },
          ),
          `The desync mitigation mode of Application Load Balancer ${lb.name} could not be decided`,
        );
      return ACCEPTED.includes(mode)
        ? pass(lb, `Application Load Balancer ${lb.name} uses desync mitigation mode ${mode}.`)
        : fail(lb, `Application Load Balancer ${lb.name} uses desync mitigation mode ${mode}, not defensive or strictest.`);
    }),
});
