import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachClassic } from './lib.js';

export const elbClassicConnectionDrainingEnabled = defineCheck({
  id: 'elb-classic-connection-draining-enabled',
  title: 'Classic Load Balancers have connection draining enabled',
  service: 'elb',
  severity: 'low',
  resourceType: 'AwsElbLoadBalancer',
  frameworks: { fsbp: ['ELB.7'] },
  rationale:
    'With connection draining, a Classic Load Balancer stops sending new requests to an instance that is deregistering or unhealthy but lets in-flight requests finish, so scaling in or replacing instances does not cut connections. Security Hub ELB.7 fails a Classic Load Balancer without it.',
  remediation: {
    summary: 'Turn on connection draining (for example with a 300-second timeout).',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes ConnectionDraining={Enabled=true,Timeout=300}',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachClassic(inv, ctx, (lb) => {
      if (!lb.attributes.ok) return unknown(lb, lb.attributes.error);
      const on = lb.attributes.value.connectionDrainingEnabled;
      if (on === null)
        return unknown(
          lb,
          missingData('elasticloadbalancing:DescribeLoadBalancerAttributes', lb.arn, 'the answer has no ConnectionDraining attribute', {
            region: lb.region,
          }),
          `Whether Classic Load Balancer ${lb.name} drains connections could not be decided`,
        );
      return on
        ? pass(lb, `Classic Load Balancer ${lb.name} has connection draining enabled.`)
        : fail(lb, `Classic Load Balancer ${lb.name} has connection draining disabled.`);
    }),
});
