import {
  ACMClient,
  KeyAlgorithm,
  ListTagsForCertificateCommand,
  paginateListCertificates,
  type CertificateSummary,
} from '@aws-sdk/client-acm';
import type { AcmCertificate, AcmSection } from '../model/acm.js';
import type { Collector } from './kit/collector.js';
import { arnPrefix, forEachRegion, type CollectContext } from './kit/context.js';
import { readList } from './kit/list.js';
import { andThen, mapObserved, ok } from './kit/observed.js';
import { iso } from './kit/time.js';

/**
 * Without Includes.keyTypes, ListCertificates returns only RSA_2048 certificates, so every key
 * type the SDK knows is asked for: RSA_1024 certificates are the ones ACM.2 is about.
 * https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html
 */
const ALL_KEY_TYPES = Object.values(KeyAlgorithm);

function toCertificate(region: string, c: CertificateSummary): Omit<AcmCertificate, 'tagKeys'> {
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
 * the type, status, key algorithm and NotAfter, so no DescribeCertificate per certificate is needed;
 * ListTagsForCertificate per certificate (ACM.3: ACM has no call that lists tags in bulk).
 */
export async function collectAcm(ctx: CollectContext): Promise<AcmSection> {
  const certificates = await forEachRegion(ctx, 'acm', async (region) => {
    const client = ctx.clients.get(ACMClient, region);
    const listed = await readList(
      ctx.reader,
      'acm:ListCertificates',
      { target: `${arnPrefix(ctx, 'acm', region)}:certificate/*`, region },
      () => paginateListCertificates({ client, pageSize: 1000 }, { Includes: { keyTypes: ALL_KEY_TYPES } }),
      (p) => p.CertificateSummaryList,
      (c) => toCertificate(region, c),
    );
    return andThen(listed, async (certs) =>
      ok(
        await Promise.all(
          certs.map(async (c): Promise<AcmCertificate> => {
            const tags = await ctx.reader.read('acm:ListTagsForCertificate', { target: c.arn, region }, () =>
              client.send(new ListTagsForCertificateCommand({ CertificateArn: c.arn })),
            );
            return { ...c, tagKeys: mapObserved(tags, (t) => (t.Tags ?? []).map((x) => x.Key ?? '').filter((k) => k !== '')) };
          }),
        ),
      ),
    );
  });
  return { certificates };
}

export const acmCollector: Collector<'acm'> = {
  section: 'acm',
  collect: collectAcm,
};
