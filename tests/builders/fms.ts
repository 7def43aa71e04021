import type { FmsPolicy, FmsRegion, FmsSection } from '../../src/model/fms.js';
import { REGIONS, arn, ok } from './common.js';

/** A Firewall Manager security group policy with auto remediation. */
export function fmsPolicy(name: string, region: string, overrides: Partial<FmsPolicy> = {}): FmsPolicy {
  return {
    arn: arn('fms', region, `policy/${name}`),
    region,
    name,
    securityServiceType: 'SECURITY_GROUPS_COMMON',
    resourceType: 'AWS::EC2::Instance',
    remediationEnabled: true,
    ...overrides,
  };
}

/** Every scanned region lists `policies` (those of the region), unless `byRegion` says otherwise. */
export function fmsSection(policies: FmsPolicy[], byRegion: Partial<Record<string, FmsRegion>> = {}): FmsSection {
  return {
    regions: Object.fromEntries(
      REGIONS.map((r) => [
        r,
        byRegion[r] ?? { policies: ok({ status: 'listed' as const, policies: policies.filter((p) => p.region === r) }) },
      ]),
    ),
  };
}

/** The administrator account with a security group and a WAF policy in every region. */
export function compliantFmsSection(): FmsSection {
  return fmsSection(
    REGIONS.flatMap((r) => [fmsPolicy(`baseline-sg-${r}`, r), fmsPolicy(`edge-waf-${r}`, r, { securityServiceType: 'WAFV2' })]),
  );
}
