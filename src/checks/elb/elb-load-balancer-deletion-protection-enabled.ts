import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachLoadBalancer, lbLabel } from './lib.js';

export const elbLoadBalancerDeletionProtectionEnabled = defineCheck({
  id: 'elb-load-balancer-deletion-protection-enabled',
  title: 'Application, Gateway and Network Load Balancers have deletion protection enabled',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  frameworks: { fsbp: ['ELB.6'], checklist: ['4.12'] },
  rationale:
    'Deleting a load balancer takes its application off the network, and a new one gets a new DNS name. Deletion protection makes a delete request fail until it is turned off. As Security Hub ELB.6 (AWS Config elb-deletion-protection-enabled), every Application, Gateway and Network Load Balancer fails when deletion_protection.enabled is false.',
  remediation: {
    summary: 'Turn on deletion protection in the load balancer attributes.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <load-balancer-arn> --attributes Key=deletion_protection.enabled,Value=true',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachLoadBalancer(inv, ctx, (lb) => {
      if (!lb.attributes.ok) return unknown(lb, lb.attributes.error);
      const on = lb.attributes.value.deletionProtection;
      if (on === null)
        return unknown(
          lb,
          missingData(
            'elasticloadbalancing:DescribeLoadBalancerAttributes',
            lb.arn,
            'the answer has no deletion_protection.enabled attribute',
            {
              region: lb.region,
            },
          ),
          `Whether ${lbLabel(lb)} has deletion protection could not be decided`,
        );
      return on
        ? pass(lb, `${lbLabel(lb)} has deletion protection enabled.`)
        : fail(lb, `${lbLabel(lb)} has deletion protection disabled.`);
    }),
});
