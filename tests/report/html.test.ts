import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { renderHtml } from '../../src/report/html/render.js';
import { toClientData } from '../../src/report/html/data.js';
import { escapeHtml, jsonForScript, safeHttpsUrl } from '../../src/report/html/escape.js';
import { findFormat } from '../../src/report/formats.js';
import { hostileDocument, HOSTILE_ARN, IMG, MIXED, MUTE_REASON, SCRIPT, SCRIPT_ARN } from './html-fixture.js';

const doc = hostileDocument();
const html = renderHtml(doc);

const DATA_OPEN = '<script type="application/json" id="bulwark-data">';
/** The page split into its static markup, the JSON data block, the inline script and stylesheet. */
function parts(page: string) {
  const start = page.indexOf(DATA_OPEN);
  const end = page.indexOf('</script>', start);
  const json = page.slice(start + DATA_OPEN.length, end);
  const scriptStart = page.indexOf('<script>', end) + '<script>'.length;
  const script = page.slice(scriptStart, page.indexOf('</script>', scriptStart));
  const style = page.slice(page.indexOf('<style>') + '<style>'.length, page.indexOf('</style>'));
  const markup = page.slice(0, start);
  return { json, script, style, markup };
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('HTML report: rendering', () => {
  it('is registered as --format html writing bulwark-report.html', () => {
    const format = findFormat('html');
    expect(format?.fileName).toBe('bulwark-report.html');
    expect(format?.render(doc, { color: false })).toBe(html);
  });

  it('is pure: the same document gives the same bytes', () => {
    expect(renderHtml(hostileDocument())).toBe(html);
  });

  it('matches the golden file', async () => {
    await expect(html).toMatchFileSnapshot('../fixtures/html-report.golden.html');
  });

  it('shows account, times, regions scanned and skipped, and scan errors', () => {
    const { markup } = parts(html);
    expect(markup).toContain(`${doc.account.id} (aws)`);
    for (const t of [doc.asOf, doc.startedAt, doc.finishedAt]) expect(markup).toContain(t);
    expect(markup).toContain('eu-west-1, us-east-1');
    expect(markup).toContain(`ap-south-2 (opt-in ${escapeHtml(IMG)})`);
    expect(markup).toMatch(/<h2>Scan errors \(\d+\)<\/h2>/);
    expect(markup).toContain(`<td>s3:GetBucketPolicy${escapeHtml(IMG)}</td><td>us-east-1</td><td>access-denied</td>`);
  });

  it('summarises counts by status and severity with inline SVG charts', () => {
    const { markup } = parts(html);
    expect(markup).toContain(`<div class="tile st-FAIL"><b>${doc.summary.byStatus['FAIL']}</b>`);
    expect(markup).toContain(`<div class="tile st-MUTED"><b>1</b>`);
    expect(markup).toMatch(/<svg class="stacked"[^>]*aria-label="Findings by status"/);
    expect(markup).toMatch(/<svg class="bars"[^>]*aria-label="Failed findings by severity"/);
    // The hostile service name is a chart label: escaped text inside <text>.
    expect(markup).toContain(`<text class="label" x="144" y="15" text-anchor="end">svc${escapeHtml(IMG)}</text>`);
  });

  it('draws the FAIL trend per severity and the compliance percentages when --history recorded scans', () => {
    expect(html).not.toContain('id="trend"');
    const withTrend = renderHtml({
      ...doc,
      trend: [
        { finishedAt: '2026-11-01T00:00:00.000Z', bySeverityFail: { critical: 4, high: 9 }, byStatus: {}, compliance: { 'cis-3.0': 40 } },
        { finishedAt: '2026-12-01T00:00:00.000Z', bySeverityFail: { critical: 1, high: 7 }, byStatus: {}, compliance: { 'cis-3.0': 55.5 } },
      ],
    });
    expect(withTrend).toContain('<section id="trend"><h2>Trend (2 recorded scans)</h2>');
    expect(withTrend).toMatch(/<polyline class="sev-critical" points="[\d., ]+">/);
    expect(withTrend).toContain('<td>2026-12-01T00:00:00.000Z</td><td class="num">1</td><td class="num">7</td>');
    expect(withTrend).toContain('<td class="num">55.5%</td>');
  });

  it('shows every framework with its sections and controls, and their status', () => {
    const { markup } = parts(html);
    for (const fw of doc.compliance) {
      expect(markup).toContain(`<h3>${escapeHtml(fw.name)} ${escapeHtml(fw.version)}</h3>`);
      for (const section of fw.sections) expect(markup).toContain(`<span>${escapeHtml(section.section)}</span>`);
    }
    // CIS 1.4 maps to the hostile check, which failed.
    expect(markup).toMatch(
      /<tr><td>1\.4<\/td><td>[^<]*<\/td><td><span class="badge st-FAIL">FAIL<\/span><\/td><td>test-hostile-names<\/td>/,
    );
    expect(markup).toContain('data-framework="cis-3.0" data-control="1.4"');
  });
});

describe('HTML report: hostile account data', () => {
  it('never puts account data into the markup unescaped', () => {
    const { markup } = parts(html);
    for (const raw of [IMG, SCRIPT, '<b>bold</b>', '<i>', '<!-- x', MIXED]) expect(markup).not.toContain(raw);
    // Only the two script elements of the page exist, and the only closing tags are theirs.
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<svg onload|<i>Accepted/i);
  });

  it('keeps the JSON block unbreakable and exact', () => {
    const { json } = parts(html);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(json) as ReturnType<typeof toClientData>;
    expect(data).toEqual(JSON.parse(JSON.stringify(toClientData(doc))));
    const arns = data.findings.map((f) => f[6]);
    expect(arns).toContain(HOSTILE_ARN);
    expect(arns).toContain(SCRIPT_ARN);
    const reasons = data.findings.map((f) => f[7]);
    expect(reasons).toContain(`S3 bucket ${IMG} is public; tag Owner=${MIXED}.`);
    const muted = data.findings.find((f) => f[8] !== 0 && f[8].muted)?.[8];
    expect(muted && muted.muted?.reason).toBe(MUTE_REASON);
    expect(data.checks.find((c) => c.id === 'test-hostile-names')?.title).toContain(IMG);
  });

  it('escapes the characters that could end a script block or a JS string', () => {
    const value = { s: `${SCRIPT}<!--&\u2028\u2029` };
    const text = jsonForScript(value);
    expect(text).toBe('{"s":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('links documentation only to https URLs', () => {
    expect(safeHttpsUrl('https://docs.aws.amazon.com/x.html')).toBe('https://docs.aws.amazon.com/x.html');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'http://example.com', '/relative', '', undefined])
      expect(safeHttpsUrl(bad)).toBeUndefined();
    const data = toClientData(doc);
    const hostile = data.checks.find((c) => c.id === 'test-hostile-names')!;
    expect(hostile.remediation.docs).toBeUndefined();
    expect(hostile.remediation.docsText).toBe('javascript:alert(1)');
    expect(data.checks.find((c) => c.id === 'test-plain-encrypted')!.remediation.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});

describe('HTML report: self-contained with a strict CSP', () => {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';

  it('allows only the inline script and stylesheet, by hash', () => {
    const { script, style } = parts(html);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha256(script)}`);
    expect(csp).toContain(`style-src ${sha256(style)}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('references nothing outside the file', () => {
    const { markup, script, style } = parts(html);
    expect(markup).not.toMatch(/\s(src|href|action|srcset)="(?!#)/i);
    expect(style).not.toMatch(/url\(|@import/i);
    expect(script).not.toMatch(/fetch\(|XMLHttpRequest|import\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(markup).not.toMatch(/style="/);
  });
});
