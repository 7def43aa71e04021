import type { CheckMetaDoc, Finding, FindingsDocument } from '../evaluate/finding.js';
import type { Severity } from '../model/vocabulary.js';
import { FRAMEWORK_IDS } from '../model/vocabulary.js';
import { findingKey, homeRegionOf } from './finding-key.js';
import { JsonList, jsonChunks } from '../json-chunks.js';

/**
 * Findings as OCSF 1.3.0 Detection Findings (class 2004, category 2 Findings), a JSON array with
 * one event per finding, for security data lakes (Amazon Security Lake, SIEMs). Bulwark's own
 * status travels in status_code (PASS/FAIL/...) and the reason in status_detail; status_id is the
 * finding's triage state: New, or Suppressed when a mutelist rule muted it.
 */

export const OCSF_VERSION = '1.3.0';
export const DETECTION_FINDING = { class_uid: 2004, category_uid: 2, activity_id: 1 } as const;

const SEVERITY_ID: Readonly<Record<Severity, number>> = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_NAME: Readonly<Record<Severity, string>> = {
  informational: 'Informational',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

const FRAMEWORK_NAMES: Readonly<Record<(typeof FRAMEWORK_IDS)[number], string>> = {
  fsbp: 'AWS Foundational Security Best Practices',
  'cis-3.0': 'CIS AWS Foundations Benchmark v3.0.0',
  'cis-5.0': 'CIS AWS Foundations Benchmark v5.0.0',
  checklist: 'Bulwark checklist',
};

function event(f: Finding, check: CheckMetaDoc | undefined, doc: FindingsDocument, time: number, homeRegion: string) {
  const region = f.region === 'global' ? homeRegion : f.region;
  const muted = f.status === 'MUTED';
  const decided = f.muted?.originalStatus ?? f.status;
  return {
    category_uid: DETECTION_FINDING.category_uid,
    category_name: 'Findings',
    class_uid: DETECTION_FINDING.class_uid,
    class_name: 'Detection Finding',
    activity_id: DETECTION_FINDING.activity_id,
    activity_name: 'Create',
    type_uid: DETECTION_FINDING.class_uid * 100 + DETECTION_FINDING.activity_id,
    type_name: 'Detection Finding: Create',
    time,
    severity_id: SEVERITY_ID[f.severity],
    severity: SEVERITY_NAME[f.severity],
    status_id: muted ? 3 : 1,
    status: muted ? 'Suppressed' : 'New',
    status_code: decided,
    status_detail: f.reason,
    message: f.reason,
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'Bulwark', vendor_name: 'Bulwark', version: doc.tool.version },
      event_code: f.checkId,
      profiles: ['cloud'],
    },
    finding_info: {
      uid: findingKey(f),
      title: f.title,
      desc: check?.rationale ?? f.title,
      types: [`${f.service}`, ...(f.frameworks.fsbp.length ? ['AWS Security Best Practices'] : [])],
      created_time: time,
      analytic: { uid: f.checkId, name: f.checkId, type_id: 1, type: 'Rule' },
    },
    cloud: { provider: 'AWS', account: { uid: f.accountId, type_id: 10, type: 'AWS Account' }, region },
    resources: [
      {
        uid: f.resourceArn,
        type: f.resourceType,
        region,
        cloud_partition: doc.account.partition,
        group: { name: f.service },
      },
    ],
    ...(check
      ? {
          remediation: {
            desc: check.remediation.summary,
            references: [check.remediation.docs, ...(check.remediation.cli ? [check.remediation.cli] : [])],
          },
        }
      : {}),
    // Detection Finding has no compliance attribute (Compliance Finding, class 2003, does): the
    // control IDs go in `unmapped`, where OCSF puts source data its class does not model.
    unmapped: {
      compliance: Object.fromEntries(
        FRAMEWORK_IDS.filter((fw) => f.frameworks[fw].length).map((fw) => [FRAMEWORK_NAMES[fw], f.frameworks[fw]]),
      ),
      ...(f.muted ? { muted: f.muted } : {}),
      ...(f.errors?.length ? { failed_reads: f.errors } : {}),
    },
  };
}

/** The OCSF array as chunks, each event made as it is written: millions of findings are never one string. */
export function* renderOcsfChunks(doc: FindingsDocument, options: { homeRegion?: string } = {}): Generator<string> {
  const checks = new Map(doc.checks.map((c) => [c.id, c]));
  const time = Date.parse(doc.finishedAt);
  const home = homeRegionOf(doc, options.homeRegion);
  const { findings } = doc;
  yield* jsonChunks(
    new JsonList(findings.length, (i) => event(findings[i] as Finding, checks.get((findings[i] as Finding).checkId), doc, time, home)),
  );
  yield '\n';
}

export const renderOcsf = (doc: FindingsDocument, options: { homeRegion?: string } = {}): string =>
  [...renderOcsfChunks(doc, options)].join('');
