import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { documentOf, finding, HOSTILE, meta, sampleDocument } from './fixture-document.js';
import type { Finding, FindingsDocument } from '../../src/evaluate/finding.js';

/**
 * Every format is written in chunks (writeReports never builds a report of millions of findings as
 * one string); the chunks must be the very bytes render() returns, which the golden tests pin.
 */
function manyFindings(n: number): FindingsDocument {
  const checks = [meta('s3-bucket-public-read-prohibited', 'critical'), meta('ec2-volume-encrypted', 'medium')];
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const hostile = HOSTILE[i % HOSTILE.length] as string;
    const status = (['FAIL', 'PASS', 'UNKNOWN', 'MUTED', 'NOT_APPLICABLE', 'MANUAL'] as const)[i % 6]!;
    findings.push(
      finding(checks[i % 2]!, `r-${i}`, status, {
        reason: `Resource ${i}: ${hostile}`,
        ...(status === 'UNKNOWN'
          ? { errors: [{ action: 's3:GetBucketPolicy', kind: 'access-denied', target: `r-${i}`, region: 'eu-west-1', message: hostile }] }
          : {}),
        ...(status === 'MUTED' ? { muted: { originalStatus: 'FAIL', reason: hostile, rule: 'mutelist.yaml#1' } } : {}),
      }),
    );
  }
  // A finding whose check has no metadata (an edited document) and one whose title differs from its check's.
  findings.push(finding(meta('gone-check', 'low'), 'orphan', 'FAIL'));
  findings.push(finding(checks[0]!, 'retitled', 'FAIL', { title: 'Another title </script>' }));
  return documentOf(checks, findings);
}

describe('report formats: chunks are the rendered bytes', () => {
  const docs: [string, FindingsDocument][] = [
    ['sample', sampleDocument()],
    ['empty', documentOf([meta('s3-bucket-public-read-prohibited', 'critical')], [])],
    ['5,000 findings with hostile text', manyFindings(5000)],
  ];
  // The markdown summary is capped under GitHub's comment limit, so it is one string at any size.
  it('markdown stays one bounded string at 5,000 findings', () => {
    const markdown = REPORT_FORMATS.find((f) => f.id === 'markdown')!;
    expect(markdown.render(docs[2]![1], { color: false }).length).toBeLessThanOrEqual(65_536);
  });
  for (const format of REPORT_FORMATS.filter((f) => f.id !== 'markdown')) {
    it.each(docs)(`${format.id}: %s`, (_, doc) => {
      expect(typeof format.renderChunks, `${format.id} streams`).toBe('function');
      for (const options of [{ color: false }, { color: true, verbose: true, framework: 'fsbp' as const, homeRegion: 'eu-west-1' }]) {
        const chunks = [...format.renderChunks!(doc, options)];
        expect(chunks.join('')).toBe(format.render(doc, options));
        if (doc.findings.length > 1000) expect(chunks.length).toBeGreaterThan(3);
      }
    });
  }
});
