import { describe, it, expect } from 'vitest';
import { defineCheck, fail, pass, manual, undecided } from '../../src/checks/define-check.js';
import { evaluateInventory } from '../../src/evaluate/run.js';
import { FindingsDocumentSchema } from '../../src/evaluate/finding.js';
import { parseMutelist } from '../../src/mutelist/parse.js';
import { applyMutelist, expiryWarnings, unknownCheckWarnings } from '../../src/mutelist/apply.js';
import { resourceTagsIndex, type ResourceTags } from '../../src/mutelist/resource-tags.js';
import { ACCOUNT_ID, NOW, buildInventory, readError } from '../builders/index.js';
import type { AnyCheck } from '../../src/checks/types.js';

const bucket = (name: string) => `arn:aws:s3:::${name}`;
const publicBuckets = defineCheck({
  id: 'test-s3-public',
  title: 'Buckets are private',
  service: 's3',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  frameworks: { fsbp: ['S3.2'] },
  rationale: 'Public data leaks.',
  remediation: { summary: 'Block public access.', docs: 'https://docs.aws.amazon.com/' },
  reads: [],
  evaluate: () => [
    fail({ arn: bucket('site-www'), region: 'us-east-1' }, 'S3 bucket site-www is public.'),
    fail({ arn: bucket('site-blog'), region: 'eu-west-1' }, 'S3 bucket site-blog is public.'),
    fail({ arn: bucket('payroll'), region: 'us-east-1' }, 'S3 bucket payroll is public.'),
    pass({ arn: bucket('private'), region: 'us-east-1' }, 'S3 bucket private is private.'),
  ],
}) as AnyCheck;
const fnArn = 'arn:aws:lambda:eu-west-1:111122223333:function:sandbox-fn';
const lambdaCheck = defineCheck({
  id: 'test-lambda-traced',
  title: 'Functions are traced',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AwsLambdaFunction',
  frameworks: {},
  rationale: 'Tracing.',
  remediation: { summary: 'Turn tracing on.', docs: 'https://docs.aws.amazon.com/' },
  reads: [],
  evaluate: (_inv, ctx) => [
    fail({ arn: fnArn, region: 'eu-west-1' }, 'Function sandbox-fn is not traced.'),
    fail({ arn: 'arn:aws:lambda:eu-west-1:111122223333:function:untagged', region: 'eu-west-1' }, 'Function untagged is not traced.'),
    undecided({ arn: `arn:aws:lambda:us-east-1:${ctx.accountId}:account`, region: 'us-east-1' }, 'Not read.', [
      readError('lambda:ListFunctions'),
    ]),
    manual({ arn: `arn:aws:lambda:us-east-1:${ctx.accountId}:account`, region: 'us-east-1' }, 'Review the code signing.'),
  ],
}) as AnyCheck;

const doc = evaluateInventory(buildInventory(), [publicBuckets, lambdaCheck], { now: NOW });
const tags: ResourceTags = new Map([[fnArn, { env: 'sandbox', team: 'ml' }]]);
const mute = (yaml: string, now = NOW, tagsOf = tags) => applyMutelist(doc, parseMutelist(yaml, 'm.yaml'), { now, tagsOf });
const mutedArns = (d: typeof doc) => d.findings.filter((f) => f.status === 'MUTED').map((f) => f.resourceArn);

describe('applying a mutelist', () => {
  it('mutes by check and resource glob, keeping the original status, reason and rule', () => {
    const out = mute('rules:\n  - check: test-s3-*\n    resource: arn:aws:s3:::site-*\n    reason: Static sites are public by design\n');
    expect(mutedArns(out).sort()).toEqual([bucket('site-blog'), bucket('site-www')]);
    expect(out.findings.find((f) => f.resourceArn === bucket('site-www'))?.muted).toEqual({
      originalStatus: 'FAIL',
      reason: 'Static sites are public by design',
      rule: 'm.yaml rule 1 (line 2)',
    });
    expect(out.findings.find((f) => f.resourceArn === bucket('payroll'))?.status).toBe('FAIL');
    expect(FindingsDocumentSchema.safeParse(out).success).toBe(true);
    expect(out.mutelist).toEqual({ file: 'm.yaml', rules: 1, muted: 2, expired: [] });
  });

  it('matches each dimension on its own: account, region (list), resource regex', () => {
    expect(mutedArns(mute(`rules:\n  - account: "${ACCOUNT_ID}"\n    check: test-s3-public\n    reason: r\n`))).toHaveLength(3);
    expect(mutedArns(mute('rules:\n  - account: "999999999999"\n    reason: r\n'))).toEqual([]);
    expect(mutedArns(mute('rules:\n  - account: "*"\n    check: test-s3-public\n    reason: r\n'))).toHaveLength(3);
    expect(mutedArns(mute('rules:\n  - region: [eu-*, ap-south-1]\n    check: test-s3-public\n    reason: r\n'))).toEqual([
      bucket('site-blog'),
    ]);
    expect(mutedArns(mute('rules:\n  - resource: "/:::(payroll|site-www)$/"\n    reason: r\n')).sort()).toEqual([
      bucket('payroll'),
      bucket('site-www'),
    ]);
  });

  it('matches tags only where the inventory holds them: all pairs must match, unknown tags never match', () => {
    expect(mutedArns(mute('rules:\n  - tags: {env: sandbox}\n    reason: r\n'))).toEqual([fnArn]);
    expect(mutedArns(mute('rules:\n  - tags: {env: sandbox, team: ml}\n    reason: r\n'))).toEqual([fnArn]);
    expect(mutedArns(mute('rules:\n  - tags: {env: sandbox, team: web}\n    reason: r\n'))).toEqual([]);
    expect(mutedArns(mute('rules:\n  - tags: {env: sandbox}\n    reason: r\n', NOW, new Map()))).toEqual([]);
  });

  it('mutes FAIL, UNKNOWN and MANUAL, never a PASS; the first matching rule wins', () => {
    const out = mute('rules:\n  - check: test-lambda-*\n    reason: first\n  - check: "*"\n    reason: second\n');
    const statuses = out.findings
      .filter((f) => f.status === 'MUTED')
      .map((f) => `${f.checkId} ${f.muted?.originalStatus} ${f.muted?.reason}`);
    expect(statuses.sort()).toEqual([
      'test-lambda-traced FAIL first',
      'test-lambda-traced FAIL first',
      'test-lambda-traced MANUAL first',
      'test-lambda-traced UNKNOWN first',
      'test-s3-public FAIL second',
      'test-s3-public FAIL second',
      'test-s3-public FAIL second',
    ]);
    expect(out.findings.find((f) => f.resourceArn === bucket('private'))?.status).toBe('PASS');
  });

  it('recomputes summary and compliance from the muted statuses', () => {
    expect(doc.summary.byStatus['FAIL']).toBe(5);
    const out = mute('rules:\n  - check: test-s3-public\n    reason: accepted\n');
    expect(out.summary.byStatus).toMatchObject({ FAIL: 2, MUTED: 3, PASS: 1 });
    expect(out.summary.bySeverity['critical']).toMatchObject({ FAIL: 0, MUTED: 3 });
    const s3Control = (d: typeof doc) =>
      d.compliance
        .find((c) => c.framework === 'fsbp')!
        .sections.flatMap((s) => s.controls)
        .find((c) => c.id === 'S3.2');
    expect(s3Control(doc)?.status).toBe('FAIL');
    expect(s3Control(out)?.status).toBe('MUTED');
    // Worst first: FAIL before MUTED.
    expect(out.findings.map((f) => f.status).indexOf('MUTED')).toBeGreaterThan(out.findings.map((f) => f.status).lastIndexOf('FAIL'));
  });

  it('an expired rule mutes nothing from 00:00 UTC on its date (as of the evaluation time) and is reported', () => {
    const yaml = 'rules:\n  - check: test-s3-public\n    reason: until the migration\n    expires: 2026-06-16\n';
    const before = mute(yaml, new Date('2026-06-15T23:59:59Z'));
    expect(mutedArns(before)).toHaveLength(3);
    expect(before.findings.find((f) => f.status === 'MUTED')?.muted?.expires).toBe('2026-06-16');
    const after = mute(yaml, new Date('2026-06-16T00:00:00Z'));
    expect(mutedArns(after)).toEqual([]);
    expect(after.mutelist?.expired).toEqual([
      { rule: 'm.yaml rule 1 (line 2)', reason: 'until the migration', expires: '2026-06-16', wouldMute: 3 },
    ]);
    expect(expiryWarnings(after.mutelist!)).toEqual([
      'warning: m.yaml rule 1 (line 2) expired on 2026-06-16 and no longer mutes anything (3 findings it matches are reported); renew or remove it',
    ]);
  });

  it('warns about a check id without wildcards that names no check', () => {
    const ml = parseMutelist('rules:\n  - check: [test-s3-public, test-s3-publik, test-*]\n    reason: r\n', 'm.yaml');
    expect(unknownCheckWarnings(ml, ['test-s3-public'])).toEqual([
      'warning: m.yaml rule 1 (line 2): check "test-s3-publik" is not a Bulwark check id (see `bulwark checks`)',
    ]);
  });
});

describe('resource tags index', () => {
  it('holds the tags the inventory recorded (plain maps and successful reads), by ARN', () => {
    const index = resourceTagsIndex(buildInventory());
    const lambdaArns = [...index.keys()].filter((a) => a.includes(':lambda:'));
    expect(lambdaArns.length).toBeGreaterThan(0);
    expect(index.get(lambdaArns[0]!)).toEqual({ team: 'platform' });
    expect([...index.keys()].some((a) => a.includes(':secretsmanager:'))).toBe(true);
  });
});
