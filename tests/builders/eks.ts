import type { EksCluster, EksClusterDetail, EksSection } from '../../src/model/eks.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant cluster's DescribeCluster answer (builders' NOW is 2026-06-15: 1.33 is in standard support). */
export function eksClusterDetail(overrides: Partial<EksClusterDetail> = {}): EksClusterDetail {
  return {
    version: '1.33',
    endpointPublicAccess: false,
    publicAccessCidrs: [],
    encryptedResources: ['secrets'],
    enabledLogTypes: ['api', 'audit'],
    tagKeys: ['team'],
    ...overrides,
  };
}

/** A compliant cluster: private endpoint, supported version, secrets encrypted, audit logs on. */
export function eksCluster(name: string, region: string, overrides: Partial<EksCluster> = {}): EksCluster {
  return { arn: arn('eks', region, `cluster/${name}`), region, name, detail: ok(eksClusterDetail()), ...overrides };
}

export function eksSection(clusters: EksCluster[]): EksSection {
  return { clusters: Object.fromEntries(REGIONS.map((r) => [r, ok(clusters.filter((x) => x.region === r))])) };
}

export function compliantEksSection(): EksSection {
  return eksSection(REGIONS.map((r) => eksCluster(`eks-${r}`, r)));
}
