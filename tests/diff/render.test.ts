import { describe, it, expect } from 'vitest';
import { diffDocuments } from '../../src/diff/classify.js';
import { renderDiffConsole, renderDiffJson, renderDiffMarkdown } from '../../src/diff/render.js';
import { newDocument, oldDocument } from './fixtures.js';
import { documentOf, finding, HOSTILE, meta } from '../report/fixture-document.js';
import { markupTags, tableShapes, toHtml } from '../report/markdown-html.js';

describe('diff reports', () => {
  const r = diffDocuments(oldDocument(), newDocument());

  it('console matches the golden file', async () => {
    await expect(renderDiffConsole(r, { color: false })).toMatchFileSnapshot('../fixtures/golden/diff.txt');
  });
  it('json matches the golden file and carries every list', async () => {
    const text = renderDiffJson(r);
    await expect(text).toMatchFileSnapshot('../fixtures/golden/diff.json');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed['kind']).toBe('bulwark-diff');
    expect(parsed['newFailures']).toHaveLength(3);
  });
  it('markdown matches the golden file and keeps its tables whole', async () => {
    const text = renderDiffMarkdown(r);
    await expect(text).toMatchFileSnapshot('../fixtures/golden/diff.md');
    const html = toHtml(text);
    for (const table of tableShapes(html)) expect(new Set(table).size).toBe(1);
    expect(text).toContain('<details>');
    expect(text).toContain('No longer judged (2) — failed before, could not be evaluated now: not fixed');
  });

  it('keeps hostile account data inert in markdown and on the terminal', () => {
    const check = meta('s3-hostile', 'critical', 'Hostile');
    const fails = HOSTILE.map((h, i) =>
      finding(check, `b${i}`, 'FAIL', { resourceArn: `arn:aws:s3:::${h}`, reason: `Reason ${h} https://evil.example/` }),
    );
    const older = documentOf([check], []);
    const newer = documentOf([check], fails, { account: { id: `${HOSTILE[8]} | x`, partition: 'aws' } });
    const d = diffDocuments(older, newer);
    expect(d.newFailures).toHaveLength(HOSTILE.length);
    const html = toHtml(renderDiffMarkdown(d));
    expect(markupTags(html)).toEqual([]);
    for (const table of tableShapes(html)) expect(new Set(table).size).toBe(1);
    expect(tableShapes(html)[1]).toHaveLength(1 + HOSTILE.length);
    const text = renderDiffConsole(d, { color: false });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(text).not.toMatch(/^line two/m);
  });

  it('shortens a long markdown diff under the comment limit and says so', () => {
    const check = meta('s3-many', 'medium', 'Many');
    const fails = Array.from({ length: 2_000 }, (_, i) => finding(check, `bucket-${i}`, 'FAIL', { reason: `R ${'z'.repeat(400)}` }));
    const text = renderDiffMarkdown(diffDocuments(documentOf([check], fails.slice(0, 1_000)), documentOf([check], fails)));
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toMatch(/Shortened to stay under GitHub's 65,536-character comment limit/);
    expect(text).toMatch(/_\d+ more not listed here/);
  });
});
