/**
 * Benchmark: the HTML report at 100,000 findings. The demo account's findings (~900) are replicated
 * with distinct resource ARNs up to BENCH_FINDINGS (default 100,000); the document is rendered and
 * then opened in Debian's Chromium.
 * Run: npm run bench:html         (options: BENCH_FINDINGS=100000, BENCH_KEEP=1 keeps the file)
 * Prints: file size, render time, peak memory of this process (max RSS; heap used after rendering),
 * and the time from navigation start until the first table rows are visible in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { FindingsDocument } from '../src/evaluate/finding.js';
import { withDerivedTotals } from '../src/evaluate/run.js';
import { renderHtml } from '../src/report/html/render.js';

const target = Number(process.env['BENCH_FINDINGS'] ?? 100_000);
const CHROMIUM = '/usr/bin/chromium';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// The demo document through the built CLI (npm run bench:html builds first).
const demo = JSON.parse(
  execFileSync(process.execPath, ['dist/cli/main.js', 'evaluate', 'examples/demo-inventory.json', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }),
) as FindingsDocument;

const findings: FindingsDocument['findings'] = [];
for (let copy = 0; findings.length < target; copy++) {
  for (const f of demo.findings) {
    if (findings.length >= target) break;
    findings.push(copy === 0 ? f : { ...f, resourceArn: `${f.resourceArn}-bench${copy}` });
  }
}
const doc = withDerivedTotals({ ...demo, findings });

let heapMax = process.memoryUsage().heapUsed;
const t0 = performance.now();
const html = renderHtml(doc);
const renderMs = performance.now() - t0;
heapMax = Math.max(heapMax, process.memoryUsage().heapUsed);
const maxRssBytes = process.resourceUsage().maxRSS * 1024;

const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-html-'));
const file = join(dir, 'bulwark-report.html');
writeFileSync(file, html);
const size = statSync(file).size;

console.log(`findings:        ${doc.findings.length}`);
console.log(`file size:       ${mb(size)}`);
console.log(`render:          ${renderMs.toFixed(0)} ms`);
console.log(
  `peak memory:     max RSS ${mb(maxRssBytes)} (whole process, incl. building the document); heap used after render ${mb(heapMax)}`,
);

if (!existsSync(CHROMIUM)) {
  console.log(`chromium:        not measured (${CHROMIUM} missing; apt-get install -y chromium)`);
} else {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t1 = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
    await page.locator('#findings-body tr.row').first().waitFor({ state: 'visible', timeout: 300_000 });
    const wallMs = performance.now() - t1;
    // The page's own clock: milliseconds since navigation start when the rows were there.
    const pageMs = await page.evaluate<number>('performance.now()');
    const rows = await page.locator('#findings-body tr.row').count();
    console.log(`chromium:        first ${rows} rows visible after ${wallMs.toFixed(0)} ms (page clock ${pageMs.toFixed(0)} ms)`);
    const t2 = performance.now();
    await page.locator('#f-text').fill('bench7');
    // Polled from Node: the report's CSP forbids string evaluation, which a string predicate would need.
    for (;;) {
      const text = (await page.locator('#f-count').textContent()) ?? '';
      if (text.includes('matching') && !text.startsWith('Showing 200 of 100000')) break;
      if (performance.now() - t2 > 300_000) throw new Error(`the filter did not apply: ${text}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    console.log(
      `chromium:        free-text filter over all findings applied after ${(performance.now() - t2).toFixed(0)} ms (incl. 150 ms debounce)`,
    );
  } finally {
    await browser.close();
  }
}
if (process.env['BENCH_KEEP']) console.log(`kept:            ${file}`);
else rmSync(dir, { recursive: true, force: true });
