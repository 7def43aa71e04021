import { describe, it, expect } from 'vitest';
import { diffDocuments, severitiesAtLeast, type DiffEntry } from '../../src/diff/classify.js';
import { parseFindingsDocument } from '../../src/diff/load.js';
import { newDocument, oldDocument } from './fixtures.js';
import { UsageError } from '../../src/errors.js';

const names = (list: DiffEntry[]) => list.map((e) => `${e.resourceArn.replace('arn:aws:s3:::', '')} ${e.before}->${e.after}`);

describe('diff classification', () => {
  const r = diffDocuments(oldDocument(), newDocument());

  it('names new failures, including a pass or an UNKNOWN that now fails', () => {
    expect(names(r.newFailures)).toEqual([
      'became-private-then-public PASS->FAIL',
      'brand-new-bucket absent->FAIL',
      'unknown-then-fail UNKNOWN->FAIL',
    ]);
  });

  it('counts as fixed only what the newer scan judged compliant or no longer saw', () => {
    expect(names(r.fixed)).toEqual(['deleted-bucket FAIL->absent', 'was-public FAIL->PASS']);
  });

  it('never reports an UNKNOWN as fixed: FAIL to UNKNOWN is "no longer judged"', () => {
    expect(names(r.noLongerJudged)).toEqual(['became-unknown FAIL->UNKNOWN', 'queue-unseen FAIL->absent']);
    expect(r.fixed.some((e) => e.after === 'UNKNOWN')).toBe(false);
  });

  it('does not count a resource as fixed when the newer scan could not list it', () => {
    const unseen = r.noLongerJudged.find((e) => e.resourceArn.endsWith('queue-unseen'));
    expect(unseen?.after).toBe('absent');
    expect(r.fixed.some((e) => e.resourceArn.endsWith('queue-unseen'))).toBe(false);
  });

  it('keeps muted failures apart from fixed ones', () => {
    expect(names(r.nowMuted)).toEqual(['became-muted FAIL->MUTED']);
  });

  it('names other changes worth knowing: PASS to UNKNOWN is lost visibility, not a fix or a failure', () => {
    // Worst severity first: the IAM (high) change before the EBS (medium) one.
    expect(names(r.otherChanges)).toEqual(['visible-before PASS->UNKNOWN', 'unknown-then-pass UNKNOWN->PASS']);
    expect(names(r.stillFailing)).toEqual(['still-public FAIL->FAIL']);
  });

  it('leaves findings of a check or region only one scan covered uncompared, and warns', () => {
    expect(r.checksOnlyInOld).toEqual(['s3-retired-check']);
    expect(r.checksOnlyInNew).toEqual(['s3-added-check']);
    expect(r.regionsOnlyInOld).toEqual(['eu-west-1']);
    // s3-retired-check x, s3-added-check y, and the eu-west-1 finding.
    expect(r.notCompared).toBe(3);
    const all = [...r.newFailures, ...r.fixed, ...r.stillFailing, ...r.noLongerJudged, ...r.nowMuted, ...r.otherChanges];
    expect(all.some((e) => e.checkId === 's3-retired-check' || e.checkId === 's3-added-check' || e.region === 'eu-west-1')).toBe(false);
    expect(r.warnings.join('\n')).toMatch(/1 checks only in OLD \(their findings are neither new nor fixed\): s3-retired-check/);
    expect(r.warnings.join('\n')).toMatch(/1 checks only in NEW .*s3-added-check/);
    expect(r.warnings.join('\n')).toMatch(/Regions scanned differ \(only OLD: eu-west-1; only NEW: none\)/);
  });

  it('warns when the documents are for different accounts or swapped', () => {
    const other = newDocument();
    other.account.id = '999999999999';
    other.finishedAt = '2026-10-01T00:00:00.000Z';
    const w = diffDocuments(oldDocument(), other).warnings.join('\n');
    expect(w).toMatch(/different accounts \(111122223333 and 999999999999\)/);
    expect(w).toMatch(/finished before the OLD one/);
  });

  it('compares a document with itself as all still failing', () => {
    const same = diffDocuments(newDocument(), newDocument());
    expect(same.newFailures).toEqual([]);
    expect(same.fixed).toEqual([]);
    expect(same.stillFailing).toHaveLength(newDocument().findings.filter((f) => f.status === 'FAIL').length);
    expect(same.warnings).toEqual([]);
  });

  it('lists severities at or above a threshold', () => {
    expect(severitiesAtLeast('high')).toEqual(['critical', 'high']);
    expect(severitiesAtLeast('informational')).toHaveLength(5);
  });
});

describe('findings document loading', () => {
  const text = JSON.stringify(oldDocument());
  it('tolerates a byte order mark', () => {
    expect(parseFindingsDocument(`\uFEFF${text}`, 'a.json').account.id).toBe('111122223333');
  });
  it('rejects malformed input with one clear line', () => {
    expect(() => parseFindingsDocument('{', 'a.json')).toThrow(UsageError);
    expect(() => parseFindingsDocument('{', 'a.json')).toThrow(/^a\.json is not valid JSON/);
    expect(() => parseFindingsDocument('{"kind":"bulwark-inventory"}', 'inv.json')).toThrow(/inv\.json is not a Bulwark findings document/);
    const bad = JSON.parse(text) as { findings: { status: string }[] };
    (bad.findings[0] as { status: string }).status = 'BROKEN';
    expect(() => parseFindingsDocument(JSON.stringify(bad), 'b.json')).toThrow(
      /b\.json is not a valid findings document: findings\.0\.status/,
    );
  });
});
