import type { Ec2Section } from '../../../model/ec2.js';
import { type CheckResult, eachRegional, type EvalContext, fail, pass } from '../../define-check.js';
import { sgLabel, summarizeExposures, worldExposures, type IpFamily } from './network.js';

const familyText = (families: readonly IpFamily[]) =>
  families.length === 2 ? '0.0.0.0/0 or ::/0' : families[0] === 'ipv6' ? '::/0' : '0.0.0.0/0';

/**
 * One result per security group in every region: FAIL when an ingress rule admits the internet
 * (per `families`) to any of `ports`. `what` names the ports in reasons ("port 22 (SSH)").
 */
export function evaluateWorldPorts(
  ec2: Ec2Section,
  ctx: EvalContext,
  ports: readonly number[],
  families: readonly IpFamily[],
  what: string,
): CheckResult[] {
  return eachRegional(ctx, ec2.regions, 'securityGroups', 'ec2', (sg) => {
    const exposed = worldExposures(sg, ports, families);
    return exposed.length > 0
      ? fail(sg, `Security group ${sgLabel(sg)} allows ingress from ${familyText(families)} to ${what}: ${summarizeExposures(exposed)}.`)
      : pass(sg, `Security group ${sgLabel(sg)} allows no ingress from ${familyText(families)} to ${what}.`);
  });
}
