import { describe, it, expect } from 'vitest';
import { renderConsole } from '../../src/report/console.js';
import { terminalSafe } from '../../src/report/terminal-safe.js';
import { defineCheck, fail, pass } from '../../src/checks/define-check.js';
import { evaluateInventory } from '../../src/evaluate/run.js';
import { buildInventory, NOW } from '../builders/index.js';
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

describe('console report', () => {
  const doc = evaluateInventory(buildInventory(), [check], { now: NOW });

  it('prints the summary, then failed findings with the fix', () => {
    const text = renderConsole(doc, { color: false });
    expect(text).toMatch(/1 checks, 2 findings: 1 FAIL, 0 UNKNOWN, 1 PASS/);
    expect(text).toMatch(/CRITICAL\s+1/);
    expect(text).toMatch(/Fix: Rename the bucket\./);
    expect(text).toMatch(/Failed findings, worst first \(1 in 1 checks\)/);
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

  it('neutralises escapes in regions and denied actions read from an inventory file', () => {
    const inv = buildInventory();
    inv.regions.skipped = [{ region: `xx-evil-1${hostile}`, reason: `opt-in ${hostile}` }];
    const hostileDoc = evaluateInventory(inv, [check], { now: NOW });
    hostileDoc.errors = [
      {
        action: `s3:GetBucketPolicy${hostile}`,
        kind: 'access-denied',
        target: 'arn:aws:s3:::b',
        region: 'us-east-1',
        message: 'AccessDenied',
      },
    ];
    hostileDoc.findings = hostileDoc.findings.map((f) => ({ ...f, region: `us-east-1${hostile}` }));
    const text = renderConsole(hostileDoc, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).not.toMatch(/^INJECTED/m);
    expect(text).toContain('Skipped regions: xx-evil-1evil\\u001b]0;pwned');
    expect(text).toContain('s3:GetBucketPolicyevil\\u001b]0;pwned');
  });

  it('uses colour only when asked', () => {
    expect(renderConsole(doc, { color: true })).toContain('\u001b[');
  });
});
