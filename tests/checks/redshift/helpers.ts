import type { AnyCheck } from '../../../src/checks/types.js';
import type { RedshiftCluster, RedshiftRegion } from '../../../src/model/redshift.js';
import { buildInventory, run } from '../../builders/index.js';
import { redshiftCluster, redshiftSection } from '../../builders/redshift.js';

export const R = 'eu-west-1';

type Overrides = NonNullable<Parameters<typeof buildInventory>[0]>;

/** The finding of `check` for one cluster c1 in eu-west-1 (every other section compliant). */
export function one(check: AnyCheck, cluster: Partial<RedshiftCluster> = {}, region: Partial<RedshiftRegion> = {}, extra: Overrides = {}) {
  const results = run(check, buildInventory({ redshift: redshiftSection([redshiftCluster('c1', R, cluster)], region), ...extra }));
  return results.find((r) => r.resourceArn.endsWith(':cluster:c1'));
}

/** Every finding of `check` on the compliant account. */
export const compliant = (check: AnyCheck) => run(check, buildInventory());
