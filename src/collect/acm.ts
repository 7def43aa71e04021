import { ACMClient, KeyAlgorithm, paginateListCertificates, type CertificateSummary } from '@aws-sdk/client-acm';
import type { AcmCertificate, AcmSection } from '../model/acm.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { iso } from './kit/time.js';

/**
 * Without Includes.keyTypes, ListCertificates returns only RSA_2048 certificates, so every key
 * type the SDK knows is asked for: RSA_1024 certificates are the ones ACM.2 is about.
 * https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html
 */
const ALL_KEY_TYPES = Object.values(KeyAlgorithm);

function toCertificate(region: string, c: CertificateSummary): AcmCertificate {
  return {
    arn: c.CertificateArn ?? '',
    region,
    domainName: c.DomainName ?? '',
    type: c.Type ?? null,
    status: c.Status ?? null,
    keyAlgorithm: c.KeyAlgorithm ?? null,
    notAfter: iso(c.NotAfter),
    inUse: c.InUse ?? null,
  };
}

/**
 * Certificates per region: ListCertificates alone (paginated, 1,000 per page). Its summaries carry
 * the type, status, key algorithm and NotAfter, so no DescribeCertificate per certificate is needed.
 */
export async function collectAcm(ctx: CollectContext): Promise<AcmSection> {
  const certificates = await forEachRegion(ctx, 'acm', (region) => {
    const client = ctx.clients.get(ACMClient, region);
    return readList(
      ctx.reader,
      'acm:ListCertificates',
      { target: `${arnPrefix(ctx, 'acm', region)}:certificate/*`, region },
      () => paginateListCertificates({ client, pageSize: 1000 }, { Includes: { keyTypes: ALL_KEY_TYPES } }),
      (p) => p.CertificateSummaryList,
      (c) => toCertificate(region, c),
    );
  });
  return { certificates };
}

export const acmCollector: Collector<'acm'> = {
  section: 'acm',
  collect: collectAcm,
};
