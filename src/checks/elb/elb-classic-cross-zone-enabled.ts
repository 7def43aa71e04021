import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachClassic } from './lib.js';

export const elbClassicCrossZoneEnabled = defineCheck({
  id: 'elb-classic-cross-zone-enabled',
  title: 'Classic Load Balancers have cross-zone load balancing enabled',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbLoadBalancer',
  frameworks: { fsbp: ['ELB.9'] },
  rationale:
    'Without cross-zone load balancing each load balancer node sends traffic only to the instances in its own zone, so uneven instance counts overload some instances and a zone losing instances loses its share of capacity. Security Hub ELB.9 (AWS Config elb-cross-zone-load-balancing-enabled) fails a Classic Load Balancer without it.',
  remediation: {
    summary: 'Turn on cross-zone load balancing.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes CrossZoneLoadBalancing={Enabled=true}',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachClassic(inv, ctx, (lb) => {
      if (!lb.attributes.ok) return unknown(lb, lb.attributes.error);
      const on = lb.attributes.value.crossZoneEnabled;
      if (on === null)
        return unknown(
          lb,
          missingData('elasticloadbalancing:DescribeLoadBalancerAttributes', lb.arn, 'the answer has no CrossZoneLoadBalancing attribute', {
            region: lb.region,
          }),
          `Whether Classic Load Balancer ${lb.name} balances across zones could not be decided`,
        );
      return on
        ? pass(lb, `Classic Load Balancer ${lb.name} has cross-zone load balancing enabled.`)
        : fail(lb, `Classic Load Balancer ${lb.name} has cross-zone load balancing disabled.`);
    }),
});
