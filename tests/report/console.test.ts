import { describe, it, expect } from 'vitest';
import { renderConsole, shorten } from '../../src/report/console.js';
import { terminalSafe } from '../../src/report/terminal-safe.js';
import { defineCheck, fail, manual, pass, undecided } from '../../src/checks/define-check.js';
import { evaluateInventory } from '../../src/evaluate/run.js';
import { parseMutelist } from '../../src/mutelist/parse.js';
import { applyMutelist } from '../../src/mutelist/apply.js';
import { buildInventory, NOW, readError } from '../builders/index.js';
import type { AnyCheck } from '../../src/checks/types.js';

const hostile = 'evil\u001b]0;pwned\u0007\u001b[2Jbucket\nINJECTED';
const check = defineCheck({
  id: 'test-hostile-names',
  title: 'Resources with hostile names are reported safely',
  service: 'test',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  frameworks: {},
  rationale: 'Names come from the account and may be hostile.',
  remediation: { summary: 'Rename the bucket.', docs: 'https://docs.aws.amazon.com/' },
  reads: [],
  evaluate: () => [
    fail({ arn: `arn:aws:s3:::${hostile}`, region: 'us-east-1' }, `S3 bucket ${hostile} is public.`),
    pass({ arn: 'arn:aws:s3:::fine', region: 'us-east-1' }, 'S3 bucket fine is private.'),
  ],
}) as AnyCheck;

/** A fixed document with every section of the report: many failures, UNKNOWN, MANUAL, MUTED, an expired rule. */
function fixedDocument() {
  const bucket = (n: number) => ({ arn: `arn:aws:s3:::bucket-${n}`, region: n % 2 ? 'eu-west-1' : 'us-east-1' });
  const meta = (id: string, severity: 'critical' | 'high' | 'medium' | 'low', cli?: string) => ({
    id,
    title: `Title of ${id}`,
    service: id.split('-')[0] as string,
    severity,
    resourceType: 'AwsS3Bucket' as const,
    frameworks: { fsbp: ['S3.1'], 'cis-3.0': ['2.1.4'] },
    rationale: 'Because.',
    remediation: { summary: `Fix ${id}.`, ...(cli ? { cli } : {}), docs: `https://docs.aws.amazon.com/${id}` },
    reads: [],
  });
  const checks = [
    defineCheck({
      ...meta('s3-many-failures', 'critical', 'aws s3api put-public-access-block --bucket <bucket>'),
      evaluate: () => Array.from({ length: 8 }, (_, i) => fail(bucket(i), `S3 bucket bucket-${i} is public.`)),
    }),
    defineCheck({
      ...meta('s3-one-failure', 'critical'),
      evaluate: () => [fail(bucket(20), 'S3 bucket bucket-20 is public.'), pass(bucket(21), 'S3 bucket bucket-21 is fine.')],
    }),
    defineCheck({
      ...meta('iam-long-name', 'high'),
      evaluate: () => [
        fail(
          { arn: `arn:aws:iam::111122223333:user/${'x'.repeat(10_000)}`, region: 'global' },
          `IAM user ${'x'.repeat(10_000)} has no MFA.`,
        ),
      ],
    }),
    defineCheck({
      ...meta('iam-unreadable', 'medium'),
      evaluate: () =>
        ['alice', 'bob'].map((u) =>
          undecided({ arn: `arn:aws:iam::111122223333:user/${u}`, region: 'global' }, `Not evaluated: user ${u}.`, [
            readError('iam:ListMFADevices', { target: u }),
          ]),
        ),
    }),
    defineCheck({
      ...meta('manual-contacts', 'low'),
      evaluate: () => [manual({ arn: 'arn:aws:iam::111122223333:root', region: 'global' }, 'Check the contacts yourself.')],
    }),
    defineCheck({
      ...meta('s3-muted', 'low'),
      evaluate: () => [fail(bucket(30), 'S3 bucket bucket-30 has no logging.'), fail(bucket(31), 'S3 bucket bucket-31 has no logging.')],
    }),
  ] as AnyCheck[];
  const inv = buildInventory();
  const doc = evaluateInventory(inv, checks, { now: NOW, finishedAt: NOW, tool: { name: 'bulwark', version: '9.9.9' } });
  doc.errors = [readError('iam:ListMFADevices', { kind: 'access-denied' })];
  const ml = parseMutelist(
    'rules:\n  - check: s3-muted\n    reason: Logging is done by the proxy\n    expires: 2027-01-01\n  - check: iam-long-name\n    reason: Old exception\n    expires: 2026-01-01\n',
    'mutelist.yaml',
  );
  return applyMutelist(doc, ml, { now: NOW, tagsOf: new Map() });
}

describe('console report', () => {
  const doc = evaluateInventory(buildInventory(), [check], { now: NOW });

  it('golden: the fixed document, no colour', async () => {
    await expect(renderConsole(fixedDocument(), { color: false })).toMatchFileSnapshot('golden/console.txt');
  });

  it('names every failing check with its count, worst first, and the top resources of each', () => {
    const text = renderConsole(fixedDocument(), { color: false });
    const order = ['s3-many-failures (8)', 's3-one-failure (1)', 'iam-long-name (1)'].map((s) => text.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('... and 5 more (--verbose lists them all');
    expect(text).toContain('    CLI:  aws s3api put-public-access-block --bucket <bucket>');
    expect(text).toContain('    Docs: https://docs.aws.amazon.com/s3-many-failures');
  });

  it('names every failing check of a large account (61 checks x 24 regions), not only the first ones', () => {
    const regions = Array.from({ length: 24 }, (_, i) => `xx-region-${i + 1}`);
    const many = Array.from(
      { length: 61 },
      (_, i) =>
        defineCheck({
          ...check,
          id: `test-many-${String(i).padStart(2, '0')}`,
          severity: i % 2 ? 'medium' : 'high',
          evaluate: () => regions.slice(0, 1 + (i % 24)).map((r) => fail({ arn: `arn:aws:svc:${r}:1:account`, region: r }, `Off in ${r}.`)),
        }) as AnyCheck,
    );
    const text = renderConsole(evaluateInventory(buildInventory(), many, { now: NOW }), { color: false });
    for (let i = 0; i < 61; i++) expect(text).toContain(`test-many-${String(i).padStart(2, '0')} (${1 + (i % 24)})`);
    // Worst first: every high check before any medium one; within a severity, most findings first.
    expect(text.indexOf('test-many-22 (23)')).toBeLessThan(text.indexOf('test-many-20 (21)'));
    expect(text.lastIndexOf('HIGH ')).toBeLessThan(text.indexOf('MEDIUM       test-many'));
  });

  it('groups UNKNOWN by check with the resource and the failed action; lists MANUAL and MUTED by rule', () => {
    const text = renderConsole(fixedDocument(), { color: false });
    expect(text).toContain('UNKNOWN iam-unreadable (2)');
    expect(text).toMatch(/arn:aws:iam::111122223333:user\/alice\n\s+failed: iam:ListMFADevices \(access-denied\)/);
    expect(text).toMatch(/To verify by hand \(1 check\)\n {2}- manual-contacts {2}Title of manual-contacts\n {4}Fix manual-contacts\./);
    expect(text).toMatch(
      /Muted \(2 findings by mutelist\.yaml\)\n\s+2 {2}mutelist\.yaml rule 1 \(line 2\): Logging is done by the proxy \(until 2027-01-01\)/,
    );
    expect(text).toContain('expired 2026-01-01: mutelist.yaml rule 2 (line 5) no longer mutes (1 finding reported): Old exception');
  });

  it('shortens long values in the middle (console only); --verbose lists every finding', () => {
    const fixed = fixedDocument();
    const text = renderConsole(fixed, { color: false });
    expect(text).not.toContain('x'.repeat(200));
    expect(text).toMatch(/arn:aws:iam::111122223333:user\/x+…x+\n/);
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThan(400);
    const verbose = renderConsole(fixed, { color: false, verbose: true });
    expect(verbose).not.toContain('... and');
    for (let i = 0; i < 8; i++) expect(verbose).toContain(`arn:aws:s3:::bucket-${i}\n`);
    expect(shorten('abcdefghij', 5)).toBe('ab…ij');
    expect(shorten('short', 120)).toBe('short');
  });

  it('prints the summary, then failed checks with the fix', () => {
    const text = renderConsole(doc, { color: false });
    expect(text).toMatch(/1 checks, 2 findings: 1 FAIL, 0 UNKNOWN, 1 PASS/);
    expect(text).toMatch(/CRITICAL\s+1/);
    expect(text).toMatch(/Fix: Rename the bucket\./);
    expect(text).toMatch(/Failed checks, worst first \(1 finding in 1 check\)/);
    expect(text).toMatch(/CRITICAL\s+test-hostile-names \(1\) {2}Resources with hostile names are reported safely/);
    expect(text).not.toMatch(/S3 bucket fine is private/);
  });

  it('neutralises terminal escapes and newlines from account data', () => {
    const text = renderConsole(doc, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).not.toMatch(/^INJECTED/m);
    expect(text).toContain('evil\\u001b]0;pwned\\u0007\\u001b[2Jbucket\\nINJECTED');
    expect(terminalSafe('a\u202eb')).toBe('a\\u202eb');
  });

  it('never cuts an escape in half when shortening', () => {
    const long = `${'a'.repeat(58)}\u001b[2J${'b'.repeat(80)}`;
    const out = shorten(long, 60);
    expect(out).not.toContain('\u001b');
    expect(out).toMatch(/…/);
  });

  it('neutralises escapes in regions, denied actions, UNKNOWN, MANUAL and MUTED lines', () => {
    const inv = buildInventory();
    inv.regions.skipped = [{ region: `xx-evil-1${hostile}`, reason: `opt-in ${hostile}` }];
    const hostileCheck = defineCheck({
      ...check,
      id: 'test-hostile-everywhere',
      evaluate: () => [
        undecided({ arn: `arn:aws:s3:::${hostile}`, region: 'us-east-1' }, `Not read ${hostile}.`, [
          readError(`s3:Get${hostile}`, { kind: 'access-denied' }),
        ]),
        manual({ arn: `arn:aws:s3:::m-${hostile}`, region: 'us-east-1' }, `Manual ${hostile}.`),
        fail({ arn: `arn:aws:s3:::f-${hostile}`, region: 'us-east-1' }, `Fail ${hostile}.`),
      ],
    }) as AnyCheck;
    const base = evaluateInventory(inv, [check, hostileCheck], { now: NOW });
    base.errors = [
      {
        action: `s3:GetBucketPolicy${hostile}`,
        kind: 'access-denied',
        target: 'arn:aws:s3:::b',
        region: 'us-east-1',
        message: 'AccessDenied',
      },
    ];
    base.findings = base.findings.map((f) => ({ ...f, region: `us-east-1${hostile}` }));
    const muted = applyMutelist(
      base,
      parseMutelist(
        // A JSON string is a valid YAML double-quoted scalar: the reason carries the hostile text.
        `rules:\n  - resource: "*f-*"\n    reason: ${JSON.stringify(`r ${hostile}`)}\n`,
        `m${hostile}.yaml`,
      ),
      {
        now: NOW,
        tagsOf: new Map(),
      },
    );
    const text = renderConsole(muted, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).not.toMatch(/^INJECTED/m);
    expect(text).toContain('Skipped regions: xx-evil-1evil\\u001b]0;pwned');
    expect(text).toContain('s3:GetBucketPolicyevil\\u001b]0;pwned');
    expect(text).toContain('failed: s3:Getevil\\u001b]0;pwned');
    expect(text).toMatch(/Muted \(1 finding by mevil\\u001b/);
    expect(text).toContain('r evil\\u001b]0;pwned\\u0007\\u001b[2Jbucket\\nINJECTED');
  });

  it('uses colour only when asked', () => {
    expect(renderConsole(doc, { color: true })).toContain('\u001b[');
  });
});
