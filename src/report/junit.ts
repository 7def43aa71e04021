import type { CheckMetaDoc, Finding, FindingsDocument } from '../evaluate/finding.js';
import { xmlAttr, xmlText } from './xml-text.js';

/**
 * Findings as JUnit XML for CI test views: one <testsuite> per check (CI tools list suites, so a
 * failing check is one line to open), one <testcase> per resource it judged. FAIL is a <failure>,
 * UNKNOWN an <error> naming the reads that failed, MUTED, NOT_APPLICABLE and MANUAL are <skipped>
 * with why; PASS is a plain testcase.
 */

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function testcase(f: Finding, check: CheckMetaDoc | undefined): string {
  const open = `    <testcase classname="${xmlAttr(f.checkId)}" name="${xmlAttr(f.resourceArn)}" time="0"`;
  const details = [
    `Reason: ${f.reason}`,
    `Severity: ${f.severity}`,
    `Region: ${f.region}`,
    ...(check ? [`Fix: ${check.remediation.summary}`, `Docs: ${check.remediation.docs}`] : []),
  ];
  switch (f.status) {
    case 'PASS':
      return `${open}/>\n`;
    case 'FAIL':
      return `${open}>\n      <failure message="${xmlAttr(f.reason)}" type="${f.severity}">${xmlText(details.join('\n'))}</failure>\n    </testcase>\n`;
    case 'UNKNOWN': {
      const reads = (f.errors ?? []).map((e) => `Failed read: ${e.action} on ${e.target} in ${e.region}: ${e.kind}: ${e.message}`);
      return `${open}>\n      <error message="${xmlAttr(f.reason)}" type="UNKNOWN">${xmlText([...details, ...reads].join('\n'))}</error>\n    </testcase>\n`;
    }
    case 'MUTED': {
      const m = f.muted;
      const why = m ? `MUTED (was ${m.originalStatus}) by ${m.rule}: ${m.reason}` : 'MUTED';
      return `${open}>\n      <skipped message="${xmlAttr(why)}"/>\n    </testcase>\n`;
    }
    case 'NOT_APPLICABLE':
    case 'MANUAL':
      return `${open}>\n      <skipped message="${xmlAttr(`${f.status}: ${f.reason}`)}"/>\n    </testcase>\n`;
  }
}

function count(findings: readonly Finding[]): Counts {
  const c: Counts = { tests: findings.length, failures: 0, errors: 0, skipped: 0 };
  for (const f of findings) {
    if (f.status === 'FAIL') c.failures++;
    else if (f.status === 'UNKNOWN') c.errors++;
    else if (f.status !== 'PASS') c.skipped++;
  }
  return c;
}

const countAttrs = (c: Counts) => `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`;

/** The JUnit XML as chunks (a test case each): millions of findings are never one string. */
export function* renderJunitChunks(doc: FindingsDocument): Generator<string> {
  const checks = new Map(doc.checks.map((c) => [c.id, c]));
  // Suites in the order checks first appear in the (worst-first) findings list.
  const byCheck = new Map<string, Finding[]>();
  for (const f of doc.findings) {
    const list = byCheck.get(f.checkId);
    if (list) list.push(f);
    else byCheck.set(f.checkId, [f]);
  }
  const name = `bulwark ${doc.account.id}`;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xmlAttr(name)}" ${countAttrs(count(doc.findings))} time="0">\n`;
  for (const [checkId, findings] of byCheck) {
    const check = checks.get(checkId);
    const title = check?.title ?? findings[0]?.title ?? checkId;
    yield `  <testsuite name="${xmlAttr(`${checkId}: ${title}`)}" ${countAttrs(count(findings))} time="0" timestamp="${xmlAttr(doc.finishedAt)}">\n`;
    for (const f of findings) yield testcase(f, check);
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

export const renderJunit = (doc: FindingsDocument): string => [...renderJunitChunks(doc)].join('');
