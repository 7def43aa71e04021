import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';

export const ssmDocumentNotPublic = defineCheck({
  id: 'ssm-document-not-public',
  title: 'Systems Manager documents owned by the account are not public',
  service: 'ssm',
  severity: 'critical',
  resourceType: 'AwsSsmDocument',
  frameworks: { fsbp: ['SSM.4'] },
  rationale:
    'A public document can be read and run by any AWS account, exposing the scripts, parameters and resource names it holds. As Security Hub SSM.4 (AWS Config ssm-document-not-public), a document the account owns fails when its share permission includes all accounts.',
  remediation: {
    summary: 'Stop sharing the document publicly; share it with specific accounts if needed.',
    cli: 'aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove all',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html',
  },
  reads: ['ssm'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ssm.regions, 'documents', 'ssm', (doc) => {
      if (!doc.sharedWith.ok) return unknown(doc, doc.sharedWith.error);
      const accounts = doc.sharedWith.value;
      if (accounts.some((a) => a.toLowerCase() === 'all'))
        return fail(doc, `Systems Manager document ${doc.name} is shared publicly (with all accounts).`);
      return pass(
        doc,
        accounts.length > 0
          ? `Systems Manager document ${doc.name} is not public (shared with ${listSome(accounts)}).`
          : `Systems Manager document ${doc.name} is not shared.`,
      );
    }),
});
