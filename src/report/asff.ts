import type { CheckMetaDoc, Finding, FindingsDocument } from '../evaluate/finding.js';
import type { Status } from '../model/vocabulary.js';
import { findingKey, homeRegionOf, truncate } from './finding-key.js';
import { JsonList, jsonChunks } from '../json-chunks.js';

/**
 * Findings in the AWS Security Finding Format, ready for Security Hub's BatchImportFindings:
 * an array of batches (BatchImportFindings takes at most 100 findings a call), each an array of
 * findings. Every finding is imported into one region, the account's home region: ProductArn
 * names it, and 'global' findings are placed there.
 */

export const ASFF_BATCH_SIZE = 100;

/** Security Hub's words for a control result. UNKNOWN (failed reads) and NOT_APPLICABLE are NOT_AVAILABLE; MANUAL needs a person: WARNING. */
const COMPLIANCE: Readonly<Record<Exclude<Status, 'MUTED'>, 'PASSED' | 'FAILED' | 'WARNING' | 'NOT_AVAILABLE'>> = {
  PASS: 'PASSED',
  FAIL: 'FAILED',
  UNKNOWN: 'NOT_AVAILABLE',
  NOT_APPLICABLE: 'NOT_AVAILABLE',
  MANUAL: 'WARNING',
};

const FRAMEWORK_REQUIREMENT: Readonly<Record<string, string>> = {
  fsbp: 'AWS Foundational Security Best Practices v1.0.0',
  'cis-3.0': 'CIS AWS Foundations Benchmark v3.0.0',
};

export interface AsffOptions {
  /** The region findings are imported into (default: see homeRegionOf). */
  homeRegion?: string;
}

/** The resource as AWS names it: the account as `AWS::::Account:<id>`, everything else by ARN. */
function resource(f: Finding, partition: string, region: string) {
  const account = f.resourceType === 'AwsAccount';
  return {
    Type: f.resourceType,
    Id: account ? `AWS::::Account:${f.accountId}` : f.resourceArn,
    Partition: partition,
    Region: region,
    ...(account ? { Details: { Other: { 'bulwark/Scope': f.resourceArn } } } : {}),
  };
}

function asffFinding(f: Finding, check: CheckMetaDoc | undefined, doc: FindingsDocument, home: string) {
  const partition = doc.account.partition;
  const decided = f.muted?.originalStatus ?? f.status;
  const compliance = COMPLIANCE[decided === 'MUTED' ? 'UNKNOWN' : decided];
  const region = f.region === 'global' ? home : f.region;
  const fsbp = f.frameworks.fsbp;
  const related = Object.entries(FRAMEWORK_REQUIREMENT).flatMap(([fw, name]) =>
    (f.frameworks[fw as 'fsbp' | 'cis-3.0'] ?? []).map((id) => `${name}/${id}`),
  );
  const types = ['Software and Configuration Checks/AWS Security Best Practices'];
  if (f.frameworks['cis-3.0'].length)
    types.push('Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark');
  return {
    SchemaVersion: '2018-10-08',
    Id: `bulwark/${f.accountId}/${f.checkId}/${findingKey(f)}`,
    ProductArn: `arn:${partition}:securityhub:${home}:${f.accountId}:product/${f.accountId}/default`,
    ProductName: 'Bulwark',
    CompanyName: 'Bulwark',
    GeneratorId: f.checkId,
    AwsAccountId: f.accountId,
    Types: types,
    CreatedAt: doc.finishedAt,
    UpdatedAt: doc.finishedAt,
    // As Security Hub does for its own controls: a passed control is informational.
    Severity: { Label: compliance === 'PASSED' ? 'INFORMATIONAL' : f.severity.toUpperCase(), Original: f.severity.toUpperCase() },
    Title: truncate(f.title, 256),
    Description: truncate(f.reason, 1024),
    ...(check ? { Remediation: { Recommendation: { Text: truncate(check.remediation.summary, 512), Url: check.remediation.docs } } } : {}),
    ProductFields: {
      'bulwark/CheckId': f.checkId,
      'bulwark/Status': f.status,
      'bulwark/Service': f.service,
      ...(f.muted ? { 'bulwark/MuteReason': truncate(f.muted.reason, 1024), 'bulwark/MuteRule': truncate(f.muted.rule, 1024) } : {}),
    },
    Compliance: {
      Status: compliance,
      ...(related.length ? { RelatedRequirements: related.slice(0, 32) } : {}),
      ...(fsbp.length === 1 ? { SecurityControlId: fsbp[0] } : {}),
    },
    Resources: [resource(f, partition, region)],
    Workflow: { Status: f.status === 'MUTED' ? 'SUPPRESSED' : compliance === 'PASSED' ? 'RESOLVED' : 'NEW' },
    RecordState: 'ACTIVE',
  };
}
export type AsffFinding = ReturnType<typeof asffFinding>;

/** The findings in batches of at most ASFF_BATCH_SIZE, each ready for one BatchImportFindings call. */
export function asffBatches(doc: FindingsDocument, options: AsffOptions = {}): AsffFinding[][] {
  const checks = new Map(doc.checks.map((c) => [c.id, c]));
  const home = homeRegionOf(doc, options.homeRegion);
  const all = doc.findings.map((f) => asffFinding(f, checks.get(f.checkId), doc, home));
  const batches: AsffFinding[][] = [];
  for (let i = 0; i < all.length; i += ASFF_BATCH_SIZE) batches.push(all.slice(i, i + ASFF_BATCH_SIZE));
  return batches;
}

/** The batches as chunks, each finding converted as it is written: millions of findings are never one string. */
export function* renderAsffChunks(doc: FindingsDocument, options: AsffOptions = {}): Generator<string> {
  const checks = new Map(doc.checks.map((c) => [c.id, c]));
  const home = homeRegionOf(doc, options.homeRegion);
  const { findings } = doc;
  const batch = (b: number) => {
    const from = b * ASFF_BATCH_SIZE;
    const size = Math.min(ASFF_BATCH_SIZE, findings.length - from);
    return new JsonList(size, (i) => {
      const f = findings[from + i] as Finding;
      return asffFinding(f, checks.get(f.checkId), doc, home);
    });
  };
  yield* jsonChunks(new JsonList(Math.ceil(findings.length / ASFF_BATCH_SIZE), batch));
  yield '\n';
}

export const renderAsff = (doc: FindingsDocument, options: AsffOptions = {}): string => [...renderAsffChunks(doc, options)].join('');
