import { defineCheck, fail, pass } from '../define-check.js';
import { eachTargetGroup } from './lib.js';

export const elbTargetGroupHealthCheckEncrypted = defineCheck({
  id: 'elb-target-group-health-check-encrypted',
  title: 'Target groups use HTTPS health checks',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2TargetGroup',
  frameworks: { fsbp: ['ELB.21'] },
  rationale:
    'Health checks over HTTP or TCP can be read or tampered with on the way, which reveals the infrastructure and lets an attacker steer routing decisions. As Security Hub ELB.21 (AWS Config elbv2-targetgroup-healthcheck-protocol-encrypted), a target group fails unless its health check protocol is HTTPS; Lambda target groups are not in scope.',
  remediation: {
    summary: 'Set the health check protocol of the target group to HTTPS (targets must answer TLS on the health check port).',
    cli: 'aws elbv2 modify-target-group --target-group-arn <target-group-arn> --health-check-protocol HTTPS',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/modify-health-check-settings.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachTargetGroup(inv, ctx, (tg) => {
      if (tg.targetType === 'lambda') return undefined;
      return tg.healthCheckProtocol === 'HTTPS'
        ? pass(tg, `Target group ${tg.name} runs its health checks over HTTPS.`)
        : fail(tg, `Target group ${tg.name} runs its health checks over ${tg.healthCheckProtocol ?? 'an unreported protocol'}, not HTTPS.`);
    }),
});
