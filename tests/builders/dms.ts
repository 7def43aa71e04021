import type {
  DmsEndpoint,
  DmsRegion,
  DmsReplicationInstance,
  DmsReplicationTask,
  DmsSection,
  DmsTaskLogging,
} from '../../src/model/dms.js';
import { REGIONS, arn, ok } from './common.js';

/** A private, Multi-AZ replication instance with minor version upgrades on. */
export function dmsReplicationInstance(
  id: string,
  region: string,
  overrides: Partial<DmsReplicationInstance> = {},
): DmsReplicationInstance {
  return {
    arn: arn('dms', region, `rep:${id}`),
    region,
    id,
    publiclyAccessible: false,
    autoMinorVersionUpgrade: true,
    multiAz: true,
    tagKeys: ok(['owner']),
    ...overrides,
  };
}

/** A MySQL source endpoint that verifies the server certificate (no engine-specific settings). */
export function dmsEndpoint(id: string, region: string, overrides: Partial<DmsEndpoint> = {}): DmsEndpoint {
  return {
    arn: arn('dms', region, `endpoint:${id}`),
    region,
    id,
    endpointType: 'source',
    engineName: 'mysql',
    sslMode: 'verify-full',
    neptuneIamAuthEnabled: null,
    mongoDbAuthType: null,
    redisSslSecurityProtocol: null,
    ...overrides,
  };
}

/** Logging on, with the four source and target components at LOGGER_SEVERITY_DEFAULT (what DMS creates). */
export function dmsTaskLogging(overrides: Partial<DmsTaskLogging> = {}): DmsTaskLogging {
  const components = Object.fromEntries(
    ['SOURCE_UNLOAD', 'SOURCE_CAPTURE', 'TARGET_LOAD', 'TARGET_APPLY', 'TASK_MANAGER'].map((id) => [id, 'LOGGER_SEVERITY_DEFAULT']),
  );
  return { enabled: true, components, ...overrides };
}

export function dmsReplicationTask(id: string, region: string, overrides: Partial<DmsReplicationTask> = {}): DmsReplicationTask {
  return { arn: arn('dms', region, `task:${id}`), region, id, logging: ok(dmsTaskLogging()), ...overrides };
}

export interface DmsResources {
  instances?: DmsReplicationInstance[];
  endpoints?: DmsEndpoint[];
  tasks?: DmsReplicationTask[];
}

/** Every region of REGIONS with the resources of that region; `overrides` replaces whole lists. */
export function dmsSection(resources: DmsResources, overrides: Partial<DmsRegion> = {}): DmsSection {
  const inRegion = <T extends { region: string }>(list: T[] | undefined, r: string) => ok((list ?? []).filter((x) => x.region === r));
  return {
    regions: Object.fromEntries(
      REGIONS.map((r) => [
        r,
        {
          replicationInstances: inRegion(resources.instances, r),
          endpoints: inRegion(resources.endpoints, r),
          replicationTasks: inRegion(resources.tasks, r),
          ...overrides,
        },
      ]),
    ),
  };
}

export function compliantDmsSection(): DmsSection {
  return dmsSection({
    instances: REGIONS.map((r) => dmsReplicationInstance(`replication-${r}`, r)),
    endpoints: REGIONS.map((r) => dmsEndpoint(`source-${r}`, r)),
    tasks: REGIONS.map((r) => dmsReplicationTask(`migrate-${r}`, r)),
  });
}
