import { accountRef, defineCheck, fail, pass, unknown, missingData } from '../define-check.js';

/**
 * Analyzer types that look for access from outside the zone of trust. Unused-access and
 * internal-access analyzers do not (https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html).
 */
const EXTERNAL_ACCESS_TYPES = new Set(['ACCOUNT', 'ORGANIZATION']);

export const accessanalyzerExternalAccessAnalyzerEnabled = defineCheck({
  id: 'accessanalyzer-external-access-analyzer-enabled',
  title: 'IAM Access Analyzer has an active external access analyzer in every scanned region',
  service: 'accessanalyzer',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.28'], 'cis-3.0': ['1.20'], checklist: ['1.18'] },
  rationale:
    'An external access analyzer reports every S3 bucket, IAM role, KMS key, Lambda function, queue and secret shared outside the account or organization. Analyzers are regional, so a region without one shares resources unnoticed.',
  remediation: {
    summary:
      "Create an account (or, from the organization's delegated administrator, an organization) external access analyzer in each region.",
    cli: 'aws accessanalyzer create-analyzer --analyzer-name <name> --type ACCOUNT --region <region>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
  },
  reads: ['accessanalyzer'],
  evaluate: (inv, ctx) => {
    const byRegion = inv.accessanalyzer.analyzers;
    // Every scanned region needs an answer: a region the inventory has no list for is not a PASS.
    const regions = [...new Set([...inv.regions.scanned, ...Object.keys(byRegion)])].sort();
    return regions.map((region) => {
      const scope = accountRef(ctx, region, 'access-analyzer');
      const list = byRegion[region];
      if (!list) {
        return unknown(
          scope,
          missingData('access-analyzer:ListAnalyzers', scope.arn, 'The inventory holds no analyzer list for this scanned region', {
            region,
          }),
        );
      }
      if (!list.ok) return unknown(scope, list.error);
      const external = list.value.filter((a) => EXTERNAL_ACCESS_TYPES.has(a.type));
      const active = external.filter((a) => a.status === 'ACTIVE');
      if (active.length) {
        return pass(
          scope,
          `Region ${region} has the active external access analyzer ${active.map((a) => `${a.name} (${a.type})`).join(', ')}.`,
        );
      }
      if (external.length) {
        return fail(
          scope,
          `Region ${region} has no active external access analyzer: ${external.map((a) => `${a.name} is ${a.status}`).join(', ')}.`,
        );
      }
      const others = list.value.map((a) => `${a.name} (${a.type})`);
      return fail(
        scope,
        `Region ${region} has no IAM Access Analyzer external access analyzer${others.length ? `, only ${others.join(', ')}` : ''}.`,
      );
    });
  },
});
