import type { CheckMetaDoc, Finding, FindingsDocument } from '../evaluate/finding.js';
import type { Severity } from '../model/vocabulary.js';
import { FRAMEWORK_IDS } from '../model/vocabulary.js';
import { findingKey } from './finding-key.js';
import { JsonList, jsonChunks } from '../json-chunks.js';

/**
 * Failed findings as SARIF 2.1.0, for code-scanning views (GitHub, Azure DevOps, SARIF viewers):
 * one rule per check evaluated, one result per FAIL finding. An AWS resource is not a file, so a
 * result's location is a logical location holding the resource ARN.
 */

/** GitHub's bands: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  informational: '0.0',
};

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  informational: 'note',
};

/** `iam-root-access-keys-absent` -> `IamRootAccessKeysAbsent` (SARIF's rule name is an identifier-like word). */
const ruleName = (id: string) =>
  id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

function rule(check: CheckMetaDoc) {
  const r = check.remediation;
  const help = [r.summary, ...(r.cli ? [`CLI: ${r.cli}`] : []), ...(r.console ? [`Console: ${r.console}`] : []), `Docs: ${r.docs}`];
  return {
    id: check.id,
    name: ruleName(check.id),
    shortDescription: { text: check.title },
    fullDescription: { text: check.rationale },
    helpUri: r.docs,
    help: { text: help.join('\n') },
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[check.severity],
      tags: ['security', 'aws', check.service, ...FRAMEWORK_IDS.flatMap((f) => check.frameworks[f].map((id) => `${f}:${id}`))],
    },
  };
}

/** The SARIF log as chunks, each result made as it is written: millions of findings are never one string. */
export function* renderSarifChunks(doc: FindingsDocument): Generator<string> {
  const checks = [...doc.checks].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  const failed = doc.findings.filter((f) => f.status === 'FAIL');
  const result = (f: Finding) => ({
    ruleId: f.checkId,
    ...(ruleIndex.has(f.checkId) ? { ruleIndex: ruleIndex.get(f.checkId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.reason },
    locations: [
      {
        logicalLocations: [
          { fullyQualifiedName: f.resourceArn, name: f.resourceArn.split(/[:/]/).pop() || f.resourceArn, kind: 'resource' },
        ],
      },
    ],
    partialFingerprints: { 'bulwarkFinding/v1': findingKey(f) },
    properties: { accountId: f.accountId, region: f.region, resourceType: f.resourceType, service: f.service },
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Bulwark', version: doc.tool.version, semanticVersion: doc.tool.version, rules: checks.map(rule) } },
        invocations: [{ executionSuccessful: true, startTimeUtc: doc.startedAt, endTimeUtc: doc.finishedAt }],
        results: new JsonList(failed.length, (i) => result(failed[i] as Finding)),
        properties: { accountId: doc.account.id, partition: doc.account.partition, asOf: doc.asOf },
      },
    ],
  };
  yield* jsonChunks(log);
  yield '\n';
}

export const renderSarif = (doc: FindingsDocument): string => [...renderSarifChunks(doc)].join('');
