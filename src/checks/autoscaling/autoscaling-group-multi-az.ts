import { defineCheck, eachRegional, fail, pass } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { groupLabel } from './label.js';

/** Security Hub AutoScaling.2's default minAvailabilityZones. */
const MIN_ZONES = 2;

export const autoscalingGroupMultiAz = defineCheck({
  id: 'autoscaling-group-multi-az',
  title: 'Auto Scaling groups span multiple Availability Zones',
  service: 'autoscaling',
  severity: 'medium',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  frameworks: { fsbp: ['AutoScaling.2'] },
  rationale: `A group confined to one Availability Zone cannot replace its instances elsewhere when that zone fails. As Security Hub AutoScaling.2 with its default parameter, a group passes when it spans at least ${MIN_ZONES} Availability Zones.`,
  remediation: {
    summary: 'Add subnets in other Availability Zones to the group.',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group-name> --vpc-zone-identifier "<subnet-in-az-a>,<subnet-in-az-b>"',
    console:
      'Amazon EC2 console > Auto Scaling groups > <group> > Details > Network > Edit > add subnets in other Availability Zones > Update.',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-az-console.html',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'groups', 'autoscaling', (g) => {
      const zones = g.availabilityZones;
      return zones.length >= MIN_ZONES
        ? pass(g, `${groupLabel(g)} spans ${zones.length} Availability Zones (${listSome(zones)}).`)
        : fail(g, `${groupLabel(g)} spans only ${zones.length === 0 ? 'no Availability Zone' : `Availability Zone ${zones.join(', ')}`}.`);
    }),
});
