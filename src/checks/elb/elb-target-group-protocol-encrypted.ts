import { defineCheck, fail, pass } from '../define-check.js';
import { eachTargetGroup } from './lib.js';

/** Encrypted target group protocols, as the control lists them. */
const ENCRYPTED = ['HTTPS', 'TLS', 'QUIC'];

export const elbTargetGroupProtocolEncrypted = defineCheck({
  id: 'elb-target-group-protocol-encrypted',
  title: 'Target groups use an encrypted transport protocol',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2TargetGroup',
  frameworks: { fsbp: ['ELB.22'] },
  rationale:
    'A target group with HTTP, TCP or UDP sends traffic from the load balancer to its targets in cleartext, even when clients connect over TLS. As Security Hub ELB.22 (AWS Config elbv2-targetgroup-protocol-encrypted), a target group fails unless it uses HTTPS, TLS or QUIC; Lambda and ALB target types and GENEVE target groups are not in scope.',
  remediation: {
    summary:
      'A target group protocol cannot be changed: create an HTTPS or TLS target group, move the targets and listener actions to it, and delete the old one.',
    cli: 'aws elbv2 create-target-group --name <name> --protocol <HTTPS|TLS> --port 443 --vpc-id <vpc-id> --health-check-protocol HTTPS',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-target-group.html',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachTargetGroup(inv, ctx, (tg) => {
      if (tg.targetType === 'lambda' || tg.targetType === 'alb' || tg.protocol === 'GENEVE') return undefined;
      if (tg.protocol !== null && ENCRYPTED.includes(tg.protocol))
        return pass(tg, `Target group ${tg.name} uses ${tg.protocol} to its targets.`);
      return fail(tg, `Target group ${tg.name} uses ${tg.protocol ?? 'an unreported protocol'} to its targets, not HTTPS, TLS or QUIC.`);
    }),
});
