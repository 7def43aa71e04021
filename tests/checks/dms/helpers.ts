import type { AnyCheck } from '../../../src/checks/types.js';
import type { DmsEndpoint, DmsReplicationInstance, DmsReplicationTask } from '../../../src/model/dms.js';
import { buildInventory, run } from '../../builders/index.js';
import { dmsEndpoint, dmsReplicationInstance, dmsReplicationTask, dmsSection } from '../../builders/dms.js';

export const R = 'eu-west-1';

const first = (check: AnyCheck, section: ReturnType<typeof dmsSection>) => run(check, buildInventory({ dms: section }))[0];

/** The finding for one replication instance ri1 in eu-west-1. */
export const instance = (check: AnyCheck, o: Partial<DmsReplicationInstance> = {}) =>
  first(check, dmsSection({ instances: [dmsReplicationInstance('ri1', R, o)] }));

/** The findings for one endpoint e1 in eu-west-1 (none when it is out of the check's scope). */
export const endpoint = (check: AnyCheck, o: Partial<DmsEndpoint> = {}) =>
  run(check, buildInventory({ dms: dmsSection({ endpoints: [dmsEndpoint('e1', R, o)] }) }));

/** The finding for one replication task t1 in eu-west-1. */
export const task = (check: AnyCheck, o: Partial<DmsReplicationTask> = {}) =>
  first(check, dmsSection({ tasks: [dmsReplicationTask('t1', R, o)] }));

/** Every finding of `check` on the compliant account. */
export const compliant = (check: AnyCheck) => run(check, buildInventory());
