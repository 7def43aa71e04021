import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html/render.js';
import { hostileDocument, HOSTILE_ARN, IMG, MUTE_REASON, SCRIPT_ARN } from './html-fixture.js';

/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core (no browser
 * download). CI installs Chromium (.ci/run), so there a missing /usr/bin/chromium FAILS this file
 * with a clear message; on a developer machine without it (CI unset) the file is skipped.
 */
const CHROMIUM = '/usr/bin/chromium';
interface Row {
  status: string;
  severity: string;
  check: string;
  service: string;
  region: string;
  resource: string;
}
const available = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);

describe.skipIf(!available && !inCi)('HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let url: string;
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const doc = hostileDocument();

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is not installed at ${CHROMIUM}: install it with 'apt-get install -y chromium' (CI does).`);
    dir = mkdtempSync(join(tmpdir(), 'bulwark-html-'));
    const file = join(dir, 'bulwark-report.html');
    writeFileSync(file, renderHtml(doc));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    // Runs before the page's own script; CSP violations are reported as events.
    // (A string: this project compiles without the DOM library.)
    await page.addInitScript(
      "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
    );
    await page.goto(url);
    await page.locator('#findings-body tr.row').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The table's visible rows, read in the page (as a string: this project compiles without the DOM library). */
  const visible = async (): Promise<Row[]> =>
    page.evaluate<Row[]>(
      `[...document.querySelectorAll('#findings-body tr.row')].map((r) => {
        const c = [...r.querySelectorAll('td')].map((td) => td.textContent);
        return { status: c[1], severity: c[2], check: c[3], service: c[4], region: c[5], resource: c[6] };
      })`,
    );

  /** Back to no filter: every finding visible. */
  const reset = async () => {
    await page.locator('#f-reset').click();
    await expect.poll(async () => (await visible()).length).toBe(doc.findings.length);
  };

  it('shows every finding at first, hostile names as text', async () => {
    const rows = await visible();
    expect(rows).toHaveLength(doc.findings.length);
    expect(rows.map((r) => r.resource)).toEqual(expect.arrayContaining([HOSTILE_ARN, SCRIPT_ARN]));
    expect(await page.locator('#f-count').textContent()).toBe(
      `Showing ${doc.findings.length} of ${doc.findings.length} matching findings (${doc.findings.length} in total).`,
    );
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
  });

  it('filters by status, severity, service, region, framework, control id and free text', async () => {
    const fails = doc.findings.filter((f) => f.status === 'FAIL').length;
    for (const st of ['UNKNOWN', 'PASS', 'MANUAL', 'NOT_APPLICABLE', 'MUTED'])
      await page.locator(`input[name=status][value=${st}]`).uncheck();
    let rows = await visible();
    expect(rows).toHaveLength(fails);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['FAIL']));
    await page.locator('#f-reset').click();
    await expect.poll(async () => (await visible()).length).toBe(doc.findings.length);

    await page.locator('#f-severity').selectOption('low');
    rows = await visible();
    expect(rows).toHaveLength(doc.findings.filter((f) => f.severity === 'low').length);
    expect(new Set(rows.map((r) => r.severity))).toEqual(new Set(['low']));
    await page.locator('#f-severity').selectOption('');

    await page.locator('#f-service').selectOption(`svc${IMG}`);
    rows = await visible();
    expect(rows.length).toBe(doc.findings.filter((f) => f.service === `svc${IMG}`).length);
    await page.locator('#f-region').selectOption('eu-west-1');
    rows = await visible();
    expect(rows.map((r) => r.region)).toEqual(
      doc.findings.filter((f) => f.service === `svc${IMG}` && f.region === 'eu-west-1').map((f) => f.region),
    );
    await page.locator('#f-reset').click();

    await page.locator('#f-framework').selectOption('cis-3.0');
    await page.locator('#f-control').fill('1.4');
    await expect
      .poll(async () => (await visible()).length)
      .toBe(doc.findings.filter((f) => f.frameworks['cis-3.0'].includes('1.4')).length);
    await page.locator('#f-reset').click();

    await page.locator('#f-text').fill('VOL-BBB');
    await expect.poll(async () => (await visible()).map((r) => r.resource)).toEqual(['arn:aws:ec2:us-east-1:111122223333:volume/vol-bbb']);
    await page.locator('#f-text').fill('</script><script>');
    await expect.poll(async () => (await visible()).map((r) => r.resource)).toEqual([SCRIPT_ARN]);
    await reset();
  });

  it('sorts by a column, ascending then descending', async () => {
    await reset();
    const header = page.locator('#findings-table th button[data-sort=resource]');
    await header.click();
    const asc = (await visible()).map((r) => r.resource);
    expect(asc).toEqual([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.click();
    const desc = (await visible()).map((r) => r.resource);
    expect(desc).toEqual([...asc].reverse());
    await page.locator('#findings-table th button[data-sort=severity]').click();
    const severities = (await visible()).map((r) => r.severity);
    expect(severities[0]).toBe('critical');
    expect(severities.at(-1)).toBe('low');
  });

  it('expands a row to its reason, remediation, failed reads and mute reason', async () => {
    await reset();
    const open = async (arn: string) => {
      const row = page.locator('#findings-body tr.row', { has: page.locator('td.res', { hasText: arn }) }).first();
      await row.click();
      const detail = row.locator('xpath=following-sibling::tr[1]');
      await detail.waitFor();
      return detail;
    };
    const plain = await open('vol-aaa');
    expect(await plain.textContent()).toContain('Enable EBS encryption by default.');
    expect(await plain.locator('pre').first().textContent()).toBe('aws ec2 enable-ebs-encryption-by-default --region <region>');
    expect(await plain.locator('a').getAttribute('href')).toBe(
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    );

    const hostile = await open(HOSTILE_ARN);
    expect(await hostile.textContent()).toContain(`Fix summary ${IMG}`);
    // javascript: documentation is shown as text, never as a link.
    expect(await hostile.locator('a').count()).toBe(0);
    expect(await hostile.textContent()).toContain('javascript:alert(1)');

    const unknown = await open('arn:aws:s3:::unreadable');
    expect(await unknown.locator('table td').first().textContent()).toBe(`s3:GetBucketPolicy${IMG}`);

    await page.locator('#f-text').fill('to-be-muted');
    await expect.poll(async () => (await visible()).length).toBe(1);
    const muted = await open('to-be-muted');
    expect(await muted.textContent()).toContain(MUTE_REASON);
    await page.locator('#f-reset').click();
  });

  it('runs nothing from the data, loads nothing, breaks no CSP rule, and screenshots', async () => {
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    const shots = resolve('test-results');
    mkdirSync(shots, { recursive: true });
    const shot = join(shots, 'html-report.png');
    rmSync(shot, { force: true });
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(1000);
  });
});
