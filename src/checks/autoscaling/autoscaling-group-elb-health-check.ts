import { defineCheck, eachRegional, fail, notApplicable, pass } from '../define-check.js';
import { groupLabel } from './label.js';

export const autoscalingGroupElbHealthCheck = defineCheck({
  id: 'autoscaling-group-elb-health-check',
  title: 'Auto Scaling groups behind a load balancer use ELB health checks',
  service: 'autoscaling',
  severity: 'low',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  frameworks: { fsbp: ['AutoScaling.1'] },
  rationale:
    'With only EC2 status checks, a group keeps instances whose application is failing the load balancer health check, so the capacity it reports serves errors. As Security Hub AutoScaling.1, a group associated with a load balancer (a Classic Load Balancer or a target group) fails unless its health check types include ELB.',
  remediation: {
    summary: 'Turn on Elastic Load Balancing health checks for the group, with a grace period long enough for instances to start.',
    cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <group-name> --health-check-type ELB --health-check-grace-period 300',
    console:
      'Amazon EC2 console > Auto Scaling groups > <group> > Details > Health checks > Edit > Turn on Elastic Load Balancing health checks > Update.',
    docs: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-elb-healthcheck.html',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'groups', 'autoscaling', (g) => {
      const attached = g.loadBalancerNames.length + g.targetGroupArns.length;
      if (attached === 0) return notApplicable(g, `${groupLabel(g)} is not associated with a load balancer.`);
      const types = g.healthCheckType.split(',').map((t) => t.trim().toUpperCase());
      return types.includes('ELB')
        ? pass(g, `${groupLabel(g)} is behind ${attached} load balancer(s) or target group(s) and uses ELB health checks.`)
        : fail(
            g,
            `${groupLabel(g)} is behind ${attached} load balancer(s) or target group(s) but uses only ${g.healthCheckType} health checks.`,
          );
    }),
});
