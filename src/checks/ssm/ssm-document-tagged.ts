import { defineCheck, eachRegional, missingData, unknown } from '../define-check.js';
import { judgeTagged } from '../lib/tags.js';

export const ssmDocumentTagged = defineCheck({
  id: 'ssm-document-tagged',
  title: 'Systems Manager documents the account owns are tagged',
  service: 'ssm',
  severity: 'low',
  resourceType: 'AwsSsmDocument',
  frameworks: { fsbp: ['SSM.5'] },
  rationale:
    'Documents run commands and automations on managed nodes; tags say who owns one so a change to what it runs can be attributed and reviewed. As Security Hub SSM.5 with its default parameters, a document the account owns passes with any tag key that is not a system tag (aws:...).',
  remediation: {
    summary: 'Tag the document, at least with its owner (aws: system tags do not count).',
    cli: 'aws ssm add-tags-to-resource --resource-type Document --resource-id <document-name> --tags Key=owner,Value=<team>',
    console: 'Systems Manager console > Documents > Owned by me > <document> > Details > Tags > Edit.',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/tagging-documents.html',
  },
  reads: ['ssm'],
  // ListDocuments returns the tags with each document, so the judgment costs no call of its own.
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ssm.regions, 'documents', 'ssm', (d, _data, region) =>
      d.tagKeys
        ? judgeTagged(d, `Systems Manager document ${d.name}`, { ok: true, value: d.tagKeys })
        : unknown(d, missingData('ssm:ListDocuments', d.arn, 'the inventory predates keeping document tags', { region })),
    ),
});
