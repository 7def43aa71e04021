import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { asClassic, eachClassic, eachLoadBalancer } from './lib.js';

const missing = (arn: string, region: string, attribute: string) =>
  missingData('elasticloadbalancing:DescribeLoadBalancerAttributes', arn, `the answer has no ${attribute} attribute`, { region });

export const elbLoadBalancerAccessLoggingEnabled = defineCheck({
  id: 'elb-load-balancer-access-logging-enabled',
  title: 'Application and Classic Load Balancers have access logging enabled',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  frameworks: { fsbp: ['ELB.5'], checklist: ['4.12'] },
  rationale:
    'Access logs record every request (client address, path, latency, response), which investigations and traffic analysis depend on; they are off by default. As Security Hub ELB.5 (AWS Config elb-logging-enabled), Application and Classic Load Balancers fail when access logging to S3 is off; Network and Gateway Load Balancers are not in scope.',
  remediation: {
    summary: 'Turn on access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <load-balancer-arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket> ; aws elb modify-load-balancer-attributes --load-balancer-name <classic-name> --load-balancer-attributes AccessLog={Enabled=true,S3BucketName=<bucket>,EmitInterval=60}',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) => [
    ...eachLoadBalancer(inv, ctx, (lb) => {
      if (lb.type !== 'application') return undefined;
      if (!lb.attributes.ok) return unknown(lb, lb.attributes.error);
      const on = lb.attributes.value.accessLogsEnabled;
      if (on === null)
        return unknown(
          lb,
          missing(lb.arn, lb.region, 'access_logs.s3.enabled'),
          `Whether Application Load Balancer ${lb.name} logs access could not be decided`,
        );
      return on
        ? pass(lb, `Application Load Balancer ${lb.name} has access logging enabled.`)
        : fail(lb, `Application Load Balancer ${lb.name} has access logging disabled.`);
    }),
    ...eachClassic(inv, ctx, (lb) => {
      const ref = asClassic(lb);
      if (!lb.attributes.ok) return unknown(ref, lb.attributes.error);
      const on = lb.attributes.value.accessLogsEnabled;
      if (on === null)
        return unknown(
          ref,
          missing(lb.arn, lb.region, 'AccessLog'),
          `Whether Classic Load Balancer ${lb.name} logs access could not be decided`,
        );
      return on
        ? pass(ref, `Classic Load Balancer ${lb.name} has access logging enabled.`)
        : fail(ref, `Classic Load Balancer ${lb.name} has access logging disabled.`);
    }),
  ],
});
