import type { Ec2Region } from '../../../src/model/ec2.js';
import type { AnyCheck, CheckResult } from '../../../src/checks/types.js';
import type { EvalContext } from '../../../src/checks/types.js';
import { buildInventory, denied, evalContext, run } from '../../builders/index.js';
import { ec2SectionWith } from '../../builders/ec2.js';

export const R = 'us-east-1';

/** Runs `check` on a compliant inventory whose us-east-1 lists are replaced by `overrides`. */
export function runWith(check: AnyCheck, overrides: Partial<Ec2Region>, ctx: EvalContext = evalContext()): CheckResult[] {
  return run(check, buildInventory({ ec2: ec2SectionWith(R, overrides) }), ctx);
}

/** Results in us-east-1 only (the other region stays compliant). */
export const inRegion = (results: CheckResult[], region = R) => results.filter((r) => r.region === region);

/** A denied regional EC2 read. */
export const deniedEc2 = <T = never>(action: string, region = R) =>
  denied<T>(action, { region, target: `arn:aws:ec2:${region}:111122223333:account` });
