import { defineCheck, eachRegional, missingData } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const acmCertificateTagged = defineCheck({
  id: 'acm-certificate-tagged',
  title: 'ACM certificates are tagged',
  service: 'acm',
  severity: 'low',
  resourceType: 'AwsCertificateManagerCertificate',
  frameworks: { fsbp: ['ACM.3'] },
  rationale:
    'Tags say who owns a certificate and what it serves, so an expiring or unused certificate reaches the right team. As Security Hub ACM.3 with its default parameters, a certificate passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the certificate, at least with its owner (aws: system tags do not count).',
    cli: 'aws acm add-tags-to-certificate --certificate-arn <certificate-arn> --tags Key=owner,Value=<team>',
    console: 'AWS Certificate Manager console > List certificates > <certificate> > Tags > Manage tags.',
    docs: 'https://docs.aws.amazon.com/acm/latest/userguide/tags.html',
  },
  reads: ['acm'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.acm.certificates, 'acm', (c, region) =>
      judgeTagged(
        c,
        `ACM certificate ${c.domainName}`,
        c.tagKeys ?? {
          ok: false,
          error: missingData('acm:ListTagsForCertificate', c.arn, 'the inventory predates reading certificate tags', { region }),
        },
      ),
    ),
});
