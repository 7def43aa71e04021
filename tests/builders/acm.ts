import type { AcmCertificate, AcmSection } from '../../src/model/acm.js';
import { NOW, REGIONS, arn, ok } from './common.js';

/** ISO date `days` days after the builders' NOW. */
export const daysAhead = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();

/** A compliant certificate: ACM-issued, RSA 2048, in use, expiring in 200 days. */
export function acmCertificate(id: string, region: string, overrides: Partial<AcmCertificate> = {}): AcmCertificate {
  return {
    arn: arn('acm', region, `certificate/${id}`),
    region,
    domainName: 'www.example.com',
    type: 'AMAZON_ISSUED',
    status: 'ISSUED',
    keyAlgorithm: 'RSA_2048',
    notAfter: daysAhead(200),
    inUse: true,
    tagKeys: ok(['owner']),
    ...overrides,
  };
}

export function acmSection(certificates: AcmCertificate[]): AcmSection {
  return { certificates: Object.fromEntries(REGIONS.map((r) => [r, ok(certificates.filter((x) => x.region === r))])) };
}

export function compliantAcmSection(): AcmSection {
  return acmSection(REGIONS.map((r) => acmCertificate(`cert-${r}`, r)));
}
