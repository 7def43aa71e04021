import { describe, it, expect } from 'vitest';
import { renderMarkdown, GITHUB_COMMENT_LIMIT } from '../../src/report/markdown.js';
import { mdCode, mdText } from '../../src/report/markdown-escape.js';
import { findFormat } from '../../src/report/formats.js';
import { documentOf, finding, HOSTILE, meta, sampleDocument } from './fixture-document.js';
import { markupTags, tableShapes, toHtml } from './markdown-html.js';
import type { Finding } from '../../src/evaluate/finding.js';

describe('markdown summary', () => {
  it('matches the golden file', async () => {
    await expect(renderMarkdown(sampleDocument())).toMatchFileSnapshot('../fixtures/golden/summary.md');
  });

  it('is registered as the markdown format writing bulwark-summary.md', () => {
    const format = findFormat('markdown');
    expect(format?.fileName).toBe('bulwark-summary.md');
    expect(format?.render(sampleDocument(), { color: false })).toBe(renderMarkdown(sampleDocument()));
  });

  it('lists posture, compliance, every failing check and the worst findings', () => {
    const text = renderMarkdown(sampleDocument());
    expect(text).toContain('| 4 | 1 | 1 | 0 | 0 | 0 | 6 |');
    expect(text).toContain('| 1 | 2 | 0 | 1 | 0 |');
    expect(text).toMatch(/CIS Amazon Web Services Foundations Benchmark 3\.0\.0 \| 33\.3% \|/);
    expect(text).toMatch(/Bulwark checklist 1 \| n\/a \(none judged\) \|/);
    expect(text).toContain('### Failed checks (3 checks, 4 findings)');
    expect(text).toContain('| high | `iam-user-mfa-enabled` | IAM users with a console password have MFA | 2 |');
    expect(text).toContain('### Worst 4 of 4 failed findings');
    expect(text).toContain('**1 UNKNOWN**');
    expect(text).not.toContain('Shortened');
    // Every table keeps its shape once rendered.
    for (const table of tableShapes(toHtml(text))) expect(new Set(table).size).toBe(1);
  });

  it('keeps hostile account data inert: no broken table, link, image, HTML, mention or emphasis', () => {
    const check = meta('s3-hostile', 'critical', `Title ${HOSTILE.join(' ')}`);
    const findings: Finding[] = HOSTILE.map((h, i) =>
      finding(check, `b${i}`, 'FAIL', {
        resourceArn: `arn:aws:s3:::${h}`,
        region: h,
        reason: `Reason ${h} https://evil.example/x www.evil.example a@b.example`,
      }),
    );
    const doc = documentOf([check], findings, {
      account: { id: `1|2 <b>${HOSTILE[8]}`, partition: 'aws' },
      tool: { name: 'bulwark', version: HOSTILE[3] as string },
      regions: { scanned: [...HOSTILE], skipped: [{ region: HOSTILE[2] as string, reason: 'x' }] },
    });
    const text = renderMarkdown(doc, { topFindings: HOSTILE.length });
    const html = toHtml(text);
    expect(markupTags(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    for (const table of tableShapes(html)) expect(new Set(table).size).toBe(1);
    expect(tableShapes(html).at(-1)).toHaveLength(1 + HOSTILE.length);
    // Newlines become spaces; no line starts with account data.
    expect(text).not.toMatch(/^line two/m);
    // Controls and bidi overrides are shown, not passed through.
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(text).toContain('\\u202e');
    // Mentions cannot ping anyone (GitHub ignores them inside code spans).
    expect(html.replace(/<code>.*?<\/code>/g, '')).not.toMatch(/@octocat/);
    // The data is still there, as text.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('pipe | in | cell');
    expect(html).toContain('[click](https://evil.example/)');
  });

  it('puts any string in a code span GitHub parses back to the same text', () => {
    for (const value of ['plain', 'a`b', '``x``', '`lead', 'trail`', 'a|b', 'arn:aws:s3:::a|b`c']) {
      const html = toHtml(`| h |\n| - |\n| ${mdCode(value)} |\n`);
      const cell = /<td>(.*)<\/td>/.exec(html)?.[1] ?? '';
      const decoded = cell
        .replace(/<\/?code>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
      expect(decoded, value).toBe(value);
    }
    expect(mdCode('a\\|b')).toBe(mdText('a\\|b'));
  });

  it('stays under the GitHub comment limit and says what was cut', () => {
    const checks = Array.from({ length: 600 }, (_, i) =>
      meta(`s3-check-${String(i).padStart(3, '0')}`, 'medium', `A long title ${'x'.repeat(150)}`),
    );
    const findings = checks.flatMap((c) =>
      [1, 2].map((n) => finding(c, `bucket-${n}`, 'FAIL', { reason: `A long reason ${'y'.repeat(400)}` })),
    );
    const text = renderMarkdown(documentOf(checks, findings));
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(text).toMatch(/Shortened to stay under GitHub's 65,536-character comment limit: \d+ of 600 failing checks left out/);
    expect(text).toMatch(/_\d+ more failing checks not listed here: see the JSON report\._/);
    for (const table of tableShapes(toHtml(text))) expect(new Set(table).size).toBe(1);
    // A tiny limit still yields the posture, never a cut table.
    const tiny = renderMarkdown(documentOf(checks, findings), { maxChars: 3_000 });
    expect(tiny).toContain('## Bulwark security posture');
    expect(tiny).toContain('600 of 600 failing checks left out');
  });
});
