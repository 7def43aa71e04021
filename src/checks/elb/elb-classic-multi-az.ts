import { defineCheck, fail, pass } from '../define-check.js';
import { eachClassic, listOf } from './lib.js';

/** The control's minAvailabilityZones parameter, at its Security Hub default. */
const MIN_ZONES = 2;

export const elbClassicMultiAz = defineCheck({
  id: 'elb-classic-multi-az',
  title: 'Classic Load Balancers span multiple Availability Zones',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbLoadBalancer',
  frameworks: { fsbp: ['ELB.10'] },
  rationale:
    'A load balancer enabled in one Availability Zone cannot send traffic elsewhere when that zone fails. As Security Hub ELB.10 (AWS Config clb-multiple-az) with its default minAvailabilityZones of 2, a Classic Load Balancer fails when it is enabled in fewer than two zones.',
  remediation: {
    summary: 'Attach the load balancer to a subnet in another Availability Zone (and register instances there).',
    cli: 'aws elb attach-load-balancer-to-subnets --load-balancer-name <name> --subnets <subnet-in-another-zone>',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-manage-subnets.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachClassic(inv, ctx, (lb) => {
      const zones = lb.availabilityZones;
      const where =
        zones.length === 0
          ? 'no Availability Zone'
          : `${zones.length === 1 ? 'one Availability Zone' : `${zones.length} Availability Zones`} (${listOf(zones)})`;
      return zones.length >= MIN_ZONES
        ? pass(lb, `Classic Load Balancer ${lb.name} spans ${where}.`)
        : fail(lb, `Classic Load Balancer ${lb.name} spans ${where}, fewer than ${MIN_ZONES}.`);
    }),
});
