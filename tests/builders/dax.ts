import type { DaxCluster, DaxSection } from '../../src/model/dax.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant cluster: encrypted at rest, TLS endpoint. */
export function daxCluster(name: string, region: string, overrides: Partial<DaxCluster> = {}): DaxCluster {
  return { arn: arn('dax', region, `cache/${name}`), region, name, sseStatus: 'ENABLED', endpointEncryptionType: 'TLS', ...overrides };
}

export function daxSection(clusters: DaxCluster[]): DaxSection {
  return { clusters: Object.fromEntries(REGIONS.map((r) => [r, ok(clusters.filter((x) => x.region === r))])) };
}

export function compliantDaxSection(): DaxSection {
  return daxSection(REGIONS.map((r) => daxCluster(`cache-${r}`, r)));
}
