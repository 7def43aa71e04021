import { defineCheck, fail, pass } from '../define-check.js';
import { eachLoadBalancer, lbLabel, listOf } from './lib.js';

/** The control's minAvailabilityZones parameter, at its Security Hub default. */
const MIN_ZONES = 2;

export const elbLoadBalancerMultiAz = defineCheck({
  id: 'elb-load-balancer-multi-az',
  title: 'Application, Network and Gateway Load Balancers span multiple Availability Zones',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  frameworks: { fsbp: ['ELB.13'] },
  rationale:
    'A load balancer enabled in one Availability Zone is a single point of failure: it cannot route to another zone when its zone fails. As Security Hub ELB.13 (AWS Config elbv2-multiple-az) with its default minAvailabilityZones of 2, an Application, Network or Gateway Load Balancer fails when it is enabled in fewer than two zones.',
  remediation: {
    summary: 'Enable the load balancer in a subnet of a second Availability Zone.',
    cli: 'aws elbv2 set-subnets --load-balancer-arn <load-balancer-arn> --subnets <subnet-zone-a> <subnet-zone-b>',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-subnets.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachLoadBalancer(inv, ctx, (lb) => {
      const zones = lb.availabilityZones;
      const where =
        zones.length === 0
          ? 'no Availability Zone'
          : `${zones.length === 1 ? 'one Availability Zone' : `${zones.length} Availability Zones`} (${listOf(zones)})`;
      return zones.length >= MIN_ZONES
        ? pass(lb, `${lbLabel(lb)} spans ${where}.`)
        : fail(lb, `${lbLabel(lb)} spans ${where}, fewer than ${MIN_ZONES}.`);
    }),
});
