import { defineCheck, eachRegional, missingData, unknown } from '../define-check.js';
import { taggedVerdict } from '../lib/tags.js';

/**
 * Security Hub IAM.23 (AWS Resource Tagging Standard) with its default parameters: every IAM
 * Access Analyzer analyzer, of any type, has at least one user tag key.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-23
 */
export const accessanalyzerAnalyzerTagged = defineCheck({
  id: 'accessanalyzer-analyzer-tagged',
  title: 'IAM Access Analyzer analyzers are tagged',
  service: 'accessanalyzer',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { fsbp: ['IAM.23'] },
  rationale: 'Tags name who owns an analyzer and acts on its findings, which matters when analyzers exist per region and per organization.',
  remediation: {
    summary: 'Tag the analyzer with at least an owner tag.',
    cli: 'aws accessanalyzer tag-resource --resource-arn <analyzer-arn> --tags owner=<team>',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
  },
  reads: ['accessanalyzer'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.accessanalyzer.analyzers, 'access-analyzer', (analyzer) =>
      analyzer.tags
        ? taggedVerdict(analyzer, `Access Analyzer analyzer ${analyzer.name}`, { ok: true, value: analyzer.tags })
        : unknown(
            analyzer,
            missingData('access-analyzer:ListAnalyzers', analyzer.arn, 'the inventory holds no tags for the analyzer', {
              region: analyzer.region,
            }),
          ),
    ),
});
