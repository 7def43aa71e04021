import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { MutelistError, parseMutelist } from '../../src/mutelist/parse.js';
import { UsageError } from '../../src/errors.js';
import { compilePattern, globToRegExp } from '../../src/mutelist/glob.js';

const errorOf = (text: string): string => {
  try {
    parseMutelist(text, 'mutelist.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(MutelistError);
    expect(e).toBeInstanceOf(UsageError); // exit code 2
    return (e as Error).message;
  }
  throw new Error('expected a MutelistError');
};

describe('mutelist file: errors name the file, the line and the rule', () => {
  it.each([
    [
      'a missing reason, at the rule that lacks it',
      'rules:\n  - check: s3-*\n    reason: ok\n\n  - check: iam-*\n    region: us-east-1\n',
      'mutelist.yaml:5: rule 2: "reason" is required',
    ],
    [
      'an unknown key, at that key',
      'rules:\n  - check: s3-*\n    reason: x\n    reson: typo\n',
      'mutelist.yaml:4: rule 1: unknown key "reson"',
    ],
    ['a misspelt top-level key', 'rule:\n  - check: x\n    reason: y\n', 'mutelist.yaml:1: unknown key "rule" (known: "rules")'],
    ['YAML syntax', 'rules:\n  - check: [s3\n    reason: x\n', 'mutelist.yaml:3: not valid YAML'],
    ['a duplicate key', 'rules:\n  - check: a\n    check: b\n    reason: x\n', 'mutelist.yaml:3: not valid YAML: Map keys must be unique'],
    [
      'an impossible date',
      'rules:\n  - check: s3-*\n    reason: x\n    expires: 2026-02-30\n',
      'mutelist.yaml:4: rule 1: "expires" must be a real ISO date',
    ],
    [
      'a date that is not ISO',
      'rules:\n  - check: s3-*\n    reason: x\n    expires: 31/12/2026\n',
      'mutelist.yaml:4: rule 1: "expires" must be a real ISO date',
    ],
    [
      'a bad regular expression',
      'rules:\n  - reason: x\n    resource: "/arn:(/"\n',
      'mutelist.yaml:3: rule 1: "resource" is not a valid regular expression',
    ],
    ['an empty glob', 'rules:\n  - region: ""\n    reason: x\n', 'mutelist.yaml:2: rule 1: "region" must not be empty'],
    ['an empty list', 'rules:\n  - check: []\n    reason: x\n', 'mutelist.yaml:2: rule 1: "check" must list at least one pattern'],
    ['a blank reason', 'rules:\n  - check: a\n    reason: "  "\n', 'mutelist.yaml:3: rule 1: "reason" must not be empty'],
    ['a rule that matches nothing in particular', 'rules:\n  - reason: x\n', 'mutelist.yaml:2: rule 1: names nothing to match'],
    [
      'a malformed account id',
      'rules:\n  - account: "1234"\n    reason: x\n',
      'mutelist.yaml:2: rule 1: "account" must be a 12-digit account id or "*"',
    ],
    ['tags that are not a map', 'rules:\n  - tags: [env]\n    reason: x\n', 'mutelist.yaml:2: rule 1: "tags" must be a map'],
    ['an empty file', '# nothing yet\n', 'mutelist.yaml:1: the file is empty'],
    ['rules that are not a list', 'rules: 3\n', 'mutelist.yaml:1: "rules" must be a list of rules'],
  ])('%s', (_name, text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('keeps hostile text out of the message structure (one line, YAML position only)', () => {
    const msg = errorOf('rules:\n  - check: a\n    reason: x\n    "evil\\u001b[2J\\nkey": 1\n');
    expect(msg.split('\n')).toHaveLength(1);
    expect(msg).toMatch(/^mutelist\.yaml:4: rule 1: unknown key/);
  });
});

describe('mutelist file: valid rules', () => {
  const ml = parseMutelist(
    [
      '# Accepted risks, reviewed quarterly',
      'rules:',
      '  - check: s3-bucket-*',
      '    resource: arn:aws:s3:::public-site-*',
      '    reason: Static website buckets are public by design',
      '  - account: 012345678901',
      '    region: [eu-*, us-east-1]',
      '    check: "*"',
      '    tags: {env: sandbox, tier: 1}',
      '    reason: Sandbox account',
      '    expires: 2026-12-31',
    ].join('\n'),
    'm.yaml',
  );

  it('numbers rules from 1 and records where each starts', () => {
    expect(ml.rules.map((r) => [r.number, r.line, r.label])).toEqual([
      [1, 3, 'm.yaml rule 1 (line 3)'],
      [2, 6, 'm.yaml rule 2 (line 6)'],
    ]);
  });

  it('reads every scalar as text: an account id keeps its leading zero, a tag value 1 is "1"', () => {
    const r = ml.rules[1]!;
    expect(r.account('012345678901')).toBe(true);
    expect(r.account('12345678901')).toBe(false);
    expect(r.tags).toEqual({ env: 'sandbox', tier: '1' });
    expect(r.expires).toBe('2026-12-31');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseMutelist('\uFEFFrules:\n  - check: a\n    reason: b\n', 'bom.yaml').rules).toHaveLength(1);
  });
});

describe('mutelist patterns', () => {
  it('a glob * crosses / and : (ARNs are made of them); ? is one character; the rest is literal', () => {
    const m = compilePattern('arn:aws:s3:::logs-*', { allowRegex: true });
    expect(m('arn:aws:s3:::logs-2026/a:b')).toBe(true);
    expect(m('arn:aws:s3:::my-logs-1')).toBe(false);
    expect(compilePattern('arn:aws:iam::*:role/*', { allowRegex: false })('arn:aws:iam::111122223333:role/a/b')).toBe(true);
    expect(compilePattern('eu-west-?', { allowRegex: false })('eu-west-1')).toBe(true);
    expect(compilePattern('eu-west-?', { allowRegex: false })('eu-west-10')).toBe(false);
    expect(globToRegExp('a.b(c)[d]+$').test('a.b(c)[d]+$')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });

  it('/.../ is a searched regular expression where allowed (resource), a literal elsewhere', () => {
    expect(compilePattern('/^arn:aws:s3:::(dev|test)-/', { allowRegex: true })('arn:aws:s3:::dev-x')).toBe(true);
    expect(compilePattern('/-TMP$/i', { allowRegex: true })('arn:aws:s3:::a-tmp')).toBe(true);
    expect(compilePattern('/x/', { allowRegex: false })('/x/')).toBe(true);
    expect(compilePattern('/x/', { allowRegex: false })('x')).toBe(false);
  });
});

describe('the documented example', () => {
  it('docs/mutelist.md example parses and matches what it says', () => {
    const md = readFileSync(new URL('../../docs/mutelist.md', import.meta.url), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    const ml = parseMutelist(yaml, 'mutelist.yaml');
    expect(ml.rules).toHaveLength(4);
    const [www, sandbox, agents] = ml.rules;
    expect(www!.resource('arn:aws:s3:::www-example')).toBe(true);
    expect(sandbox!.region('ap-south-1') && sandbox!.region('eu-west-3') && !sandbox!.region('eu-west-1')).toBe(true);
    expect(agents!.resource('arn:aws:ec2:eu-west-1:123456789012:instance/i-012abc')).toBe(true);
    expect(agents!.resource('arn:aws:ec2:eu-west-1:123456789012:instance/i-099abc')).toBe(false);
    expect(ml.rules[3]!.tags).toEqual({ env: 'dev', team: 'data' });
  });
});
