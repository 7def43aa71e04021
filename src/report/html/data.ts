import type { CheckMetaDoc, Finding, FindingsDocument } from '../../evaluate/finding.js';
import { FRAMEWORK_IDS, SEVERITIES, STATUSES } from '../../model/vocabulary.js';
import { safeHttpsUrl } from './escape.js';

/**
 * The findings as the page's script reads them, embedded once. At 100,000 findings the document's
 * own JSON repeats each check's title, frameworks and service per finding; here a finding points at
 * its check and at interned strings, which keeps the file and the parse time several times smaller.
 * Fields a finding holds that differ from its check's metadata travel with the finding, so nothing
 * in the document is lost.
 */

export interface ClientCheck {
  id: string;
  title: string;
  service: string;
  severity: number;
  resourceType: string;
  frameworks: Record<string, string[]>;
  rationale: string;
  remediation: { summary: string; cli?: string; console?: string; docs?: string; docsText: string };
}

/** A finding row: [check, status, severity, region, resource type, account, ARN, reason, extra]. */
export type ClientFinding = [number, number, number, number, number, number, string, string, ClientExtra | 0];

export interface ClientExtra {
  title?: string;
  service?: string;
  frameworks?: Record<string, string[]>;
  errors?: Finding['errors'];
  muted?: Finding['muted'];
}

export interface ClientData {
  statuses: readonly string[];
  severities: readonly string[];
  frameworks: readonly string[];
  strings: string[];
  checks: ClientCheck[];
  findings: ClientFinding[];
}

function clientCheck(c: CheckMetaDoc): ClientCheck {
  const docs = safeHttpsUrl(c.remediation.docs);
  return {
    id: c.id,
    title: c.title,
    service: c.service,
    severity: SEVERITIES.indexOf(c.severity),
    resourceType: c.resourceType,
    frameworks: c.frameworks,
    rationale: c.rationale,
    remediation: {
      summary: c.remediation.summary,
      ...(c.remediation.cli === undefined ? {} : { cli: c.remediation.cli }),
      ...(c.remediation.console === undefined ? {} : { console: c.remediation.console }),
      // Only an https URL becomes a link; anything else is shown as text (docsText) so it is still visible.
      ...(docs ? { docs } : {}),
      docsText: c.remediation.docs,
    },
  };
}

const sameFrameworks = (a: Record<string, string[]>, b: Record<string, string[]>): boolean =>
  FRAMEWORK_IDS.every((f) => (a[f] ?? []).join('\u0000') === (b[f] ?? []).join('\u0000'));

/**
 * The page's data in two passes over the findings: the first completes the checks (a finding whose
 * check has no metadata gets a bare entry) and the interned strings; `row` then makes one finding's
 * row. Rows can so be written as they are made (renderHtmlChunks), the same bytes as toClientData.
 */
export function clientDataParts(doc: FindingsDocument): Omit<ClientData, 'findings'> & { row: (f: Finding) => ClientFinding } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const checks: ClientCheck[] = doc.checks.map(clientCheck);
  const checkIndex = new Map(doc.checks.map((c, i) => [c.id, i]));
  for (const f of doc.findings) {
    if (!checkIndex.has(f.checkId)) {
      // A finding whose check has no metadata (an edited document): give it a bare entry of its own.
      checkIndex.set(f.checkId, checks.length);
      checks.push({
        id: f.checkId,
        title: f.title,
        service: f.service,
        severity: SEVERITIES.indexOf(f.severity),
        resourceType: f.resourceType,
        frameworks: f.frameworks,
        rationale: '',
        remediation: { summary: '', docsText: '' },
      });
    }
    intern(f.region);
    intern(f.resourceType);
    intern(f.accountId);
  }
  const row = (f: Finding): ClientFinding => {
    const ci = checkIndex.get(f.checkId) as number;
    const check = checks[ci]!;
    const extra: ClientExtra = {};
    if (f.title !== check.title) extra.title = f.title;
    if (f.service !== check.service) extra.service = f.service;
    if (!sameFrameworks(f.frameworks, check.frameworks)) extra.frameworks = f.frameworks;
    if (f.errors?.length) extra.errors = f.errors;
    if (f.muted) extra.muted = f.muted;
    return [
      ci,
      STATUSES.indexOf(f.status),
      SEVERITIES.indexOf(f.severity),
      intern(f.region),
      intern(f.resourceType),
      intern(f.accountId),
      f.resourceArn,
      f.reason,
      Object.keys(extra).length ? extra : 0,
    ];
  };
  return { statuses: STATUSES, severities: SEVERITIES, frameworks: FRAMEWORK_IDS, strings, checks, row };
}

export function toClientData(doc: FindingsDocument): ClientData {
  const { row, ...parts } = clientDataParts(doc);
  return { ...parts, findings: doc.findings.map(row) };
}
