import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachClassic } from './lib.js';

/** The control's desyncMode parameter (not customizable). */
const ACCEPTED = ['defensive', 'strictest'];

export const elbClassicDesyncMitigationMode = defineCheck({
  id: 'elb-classic-desync-mitigation-mode',
  title: 'Classic Load Balancers use defensive or strictest desync mitigation mode',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbLoadBalancer',
  frameworks: { fsbp: ['ELB.14'] },
  rationale:
    "HTTP desync lets an attacker smuggle requests past the load balancer, poisoning queues and caches or hijacking other users' requests. As Security Hub ELB.14 (AWS Config clb-desync-mode-check), a Classic Load Balancer fails unless its elb.http.desyncmitigationmode is defensive or strictest (monitor fails).",
  remediation: {
    summary: 'Set the desync mitigation mode to defensive (the default) or strictest.',
    cli: "aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes 'AdditionalAttributes=[{Key=elb.http.desyncmitigationmode,Value=defensive}]'",
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachClassic(inv, ctx, (lb) => {
      if (!lb.attributes.ok) return unknown(lb, lb.attributes.error);
      const mode = lb.attributes.value.desyncMitigationMode;
      if (mode === null)
        return unknown(
          lb,
          missingData(
            'elasticloadbalancing:DescribeLoadBalancerAttributes',
            lb.arn,
            'the answer has no elb.http.desyncmitigationmode attribute',
            {
              region: lb.region,
            },
          ),
          `The desync mitigation mode of Classic Load Balancer ${lb.name} could not be decided`,
        );
      return ACCEPTED.includes(mode)
        ? pass(lb, `Classic Load Balancer ${lb.name} uses desync mitigation mode ${mode}.`)
        : fail(lb, `Classic Load Balancer ${lb.name} uses desync mitigation mode ${mode}, not defensive or strictest.`);
    }),
});
