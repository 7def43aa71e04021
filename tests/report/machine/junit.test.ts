import { describe, it, expect } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderJunit } from '../../../src/report/junit.js';
import { xmlAttr, xmlText } from '../../../src/report/xml-text.js';
import { HOSTILE, machineDoc } from './fixture.js';

type Node = Record<string, unknown>;
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    isArray: (n) => ['testsuite', 'testcase'].includes(n),
  }).parse(xml) as { testsuites: Node & { testsuite: (Node & { testcase: Node[] })[] } };

// Characters XML 1.0 does not allow anywhere, even as references.
// eslint-disable-next-line no-control-regex -- what the test looks for
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

describe('junit report', () => {
  it('matches the golden file for the fixed document', async () => {
    await expect(renderJunit(machineDoc())).toMatchFileSnapshot('../../fixtures/golden/bulwark-findings.junit.xml');
  });

  it('has one suite per check and counts consistent with its test cases', () => {
    const doc = machineDoc();
    const xml = renderJunit(doc);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parse(xml).testsuites;
    expect(root.testsuite).toHaveLength(doc.checks.length);
    let tests = 0;
    for (const suite of root.testsuite) {
      const cases = suite.testcase;
      expect(Number(suite['tests'])).toBe(cases.length);
      expect(Number(suite['failures'])).toBe(cases.filter((c) => 'failure' in c).length);
      expect(Number(suite['errors'])).toBe(cases.filter((c) => 'error' in c).length);
      expect(Number(suite['skipped'])).toBe(cases.filter((c) => 'skipped' in c).length);
      tests += cases.length;
    }
    expect(Number(root['tests'])).toBe(tests);
    expect(tests).toBe(doc.findings.length);
    const s = doc.summary.byStatus;
    expect(Number(root['failures'])).toBe(s['FAIL']);
    expect(Number(root['errors'])).toBe(s['UNKNOWN']);
    expect(Number(root['skipped'])).toBe((s['MUTED'] ?? 0) + (s['NOT_APPLICABLE'] ?? 0) + (s['MANUAL'] ?? 0));
    // UNKNOWN names the read that failed; MUTED says who muted it and what it was.
    expect(xml).toContain('Failed read: s3:GetBucketPolicy on arn:aws:s3:::unread-bucket in eu-west-1: access-denied: AccessDenied');
    expect(xml).toContain('MUTED (was FAIL) by mutelist.yaml#1: Accepted risk, ticket SEC-42');
  });

  it('keeps hostile names well-formed XML 1.0, with markup and ]]> escaped and control characters made visible', () => {
    const xml = renderJunit(machineDoc({ hostile: true }));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(ILLEGAL);
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
    const suite = parse(xml).testsuites.testsuite.find((t) => String(t['name']).startsWith('test-hostile-names'));
    const tc = suite?.testcase[0] as Node & { failure: Node };
    const visible = ['\u0000', '\u0007', '\u001b', '\u0008'].reduce(
      (t, c) => t.replaceAll(c, `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      HOSTILE,
    );
    expect(tc.failure['message']).toBe(`Queue ${visible} is open.`);
  });

  it('escapes text and attributes', () => {
    expect(xmlText('a<b>&]]>')).toBe('a&lt;b&gt;&amp;]]&gt;');
    expect(xmlAttr('"x"\n\t')).toBe('&quot;x&quot;&#10;&#9;');
    expect(xmlText('lone \uD800 surrogate')).toBe('lone \\ud800 surrogate');
    expect(xmlText('pair 😀 kept')).toBe('pair 😀 kept');
  });
});
