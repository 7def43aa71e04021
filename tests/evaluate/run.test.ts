import { describe, it, expect } from 'vitest';
import { defineCheck, fail, pass, unknown, accountRef } from '../../src/checks/define-check.js';
import { evaluateInventory, inventoryErrors, runCheck } from '../../src/evaluate/run.js';
import { checksRunnableOn, selectChecks, sectionsFor } from '../../src/evaluate/select.js';
import { UsageError } from '../../src/errors.js';
import { buildInventory, evalContext, NOW, readError } from '../builders/index.js';
import type { AnyCheck } from '../../src/checks/types.js';
import { RESOURCE_TYPES, type ResourceType } from '../../src/model/resource-types.js';

const meta = {
  title: 'Test resources are fine',
  severity: 'high' as const,
  resourceType: 'AwsAccount' as const,
  frameworks: { fsbp: ['S3.9'], checklist: ['3.8'] },
  rationale: 'Because tests need a check to run.',
  remediation: { summary: 'Fix it.', docs: 'https://docs.aws.amazon.com/' },
};
const failing = defineCheck({
  ...meta,
  id: 'test-fails',
  service: 'test',
  reads: [],
  evaluate: (_inv, ctx) => [fail(accountRef(ctx), 'Account is bad.')],
});
const passing = defineCheck({
  ...meta,
  id: 'test-passes',
  service: 'test',
  severity: 'critical',
  reads: [],
  evaluate: (_inv, ctx) => [pass(accountRef(ctx), 'Account is fine.')],
});
const empty = defineCheck({ ...meta, id: 'test-nothing', service: 'other', reads: [], evaluate: () => [] });
const unreadable = defineCheck({
  ...meta,
  id: 'test-unreadable',
  service: 'other',
  severity: 'low',
  reads: ['s3'],
  evaluate: (_inv, ctx) => [unknown(accountRef(ctx), readError('s3:GetBucketLogging'))],
});
const checks = [failing, passing, empty, unreadable] as AnyCheck[];

describe('evaluateInventory', () => {
  const doc = evaluateInventory(buildInventory(), checks, { now: NOW, finishedAt: NOW });

  it('adds a NOT_APPLICABLE account row for a check with nothing in scope', () => {
    const rows = doc.findings.filter((f) => f.checkId === 'test-nothing');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'NOT_APPLICABLE', resourceType: 'AwsAccount', region: 'global' });
  });

  it('names the missing resource kind in the NOT_APPLICABLE reason when it can', () => {
    const buckets = defineCheck({
      ...meta,
      id: 'test-buckets',
      service: 'test',
      resourceType: 'AwsS3Bucket',
      reads: [],
      evaluate: () => [],
    }) as AnyCheck;
    expect(runCheck(buckets, buildInventory(), evalContext())[0]?.reason).toBe(
      'Account 111122223333 has no S3 buckets in the scanned regions.',
    );
  });

  it('names a noun for every resource type, and rejects a misspelled type at compile time', () => {
    for (const type of Object.keys(RESOURCE_TYPES) as ResourceType[]) {
      const check = defineCheck({
        ...meta,
        id: 'test-any',
        service: 'test',
        resourceType: type,
        reads: [],
        evaluate: () => [],
      }) as AnyCheck;
      expect(runCheck(check, buildInventory(), evalContext())[0]?.reason, type).toMatch(
        /^Account 111122223333 has no \S.* in the scanned regions\.$/,
      );
    }
    // @ts-expect-error 'AwsS3Buckets' is not in RESOURCE_TYPES
    defineCheck({ ...meta, id: 'test-typo', service: 'test', resourceType: 'AwsS3Buckets', reads: [], evaluate: () => [] });
  });

  it('sorts worst first and carries the check metadata on every finding', () => {
    expect(doc.findings.map((f) => f.status)).toEqual(['FAIL', 'UNKNOWN', 'PASS', 'NOT_APPLICABLE']);
    expect(doc.findings[0]).toMatchObject({
      checkId: 'test-fails',
      severity: 'high',
      service: 'test',
      accountId: '111122223333',
      frameworks: { fsbp: ['S3.9'], 'cis-3.0': [], checklist: ['3.8'] },
    });
  });

  it('names the failed action on UNKNOWN and summarises by status, severity and service', () => {
    const u = doc.findings.find((f) => f.status === 'UNKNOWN');
    expect(u?.reason).toMatch(/^Could not be evaluated: s3:GetBucketLogging was denied \(AccessDenied/);
    expect(u?.errors?.[0]?.action).toBe('s3:GetBucketLogging');
    expect(doc.summary.total).toBe(4);
    expect(doc.summary.byStatus).toMatchObject({ FAIL: 1, PASS: 1, UNKNOWN: 1, NOT_APPLICABLE: 1, MANUAL: 0 });
    expect(doc.summary.bySeverity['high']).toMatchObject({ FAIL: 1, NOT_APPLICABLE: 1 });
    expect(doc.summary.bySeverity['critical']).toMatchObject({ PASS: 1 });
    expect(doc.summary.byService['other']).toMatchObject({ UNKNOWN: 1, NOT_APPLICABLE: 1 });
    expect(doc.asOf).toBe(NOW.toISOString());
  });

  it('reports a check whose section was not collected as UNKNOWN', () => {
    const inv = buildInventory();
    delete (inv as { s3?: unknown }).s3;
    const [r] = runCheck(unreadable, inv, evalContext());
    expect(r).toMatchObject({ status: 'UNKNOWN' });
    expect(r?.reason).toMatch(/holds no s3 data/);
  });

  it('collects every failed read of the inventory once', () => {
    const inv = buildInventory();
    const e = readError('ec2:DescribeRegions', { region: 'us-east-1' });
    inv.regions.discoveryError = e;
    expect(inventoryErrors(inv)).toContainEqual(e);
  });
});

describe('selectChecks', () => {
  it('narrows by service and check id and rejects unknown names', () => {
    expect(selectChecks(checks, { services: ['other'] }).map((c) => c.id)).toEqual(['test-nothing', 'test-unreadable']);
    expect(selectChecks(checks, { checks: ['test-passes'] }).map((c) => c.id)).toEqual(['test-passes']);
    expect(() => selectChecks(checks, { checks: ['test-pass'] })).toThrow(UsageError);
    expect(() => selectChecks(checks, { checks: ['test-pass'] })).toThrow(/Did you mean test-passes\?/);
    expect(() => selectChecks(checks, { services: ['nope'] })).toThrow(/Known services: other, test/);
    expect(sectionsFor(checks)).toEqual(['s3']);
  });
});

describe('checksRunnableOn', () => {
  const readsEc2 = defineCheck({ ...meta, id: 'test-ec2', service: 'other', reads: ['ec2'], evaluate: () => [] }) as AnyCheck;
  const partialInventory = () => {
    const inv = buildInventory();
    delete (inv as { s3?: unknown }).s3;
    return inv;
  };

  it('runs every selected check on a complete inventory', () => {
    expect(checksRunnableOn(buildInventory(), checks, {})).toEqual({ checks });
  });

  it('drops, on a partial inventory, the checks whose data it lacks and those that read nothing', () => {
    const r = checksRunnableOn(partialInventory(), [...checks, readsEc2], {});
    expect(r.checks.map((c) => c.id)).toEqual(['test-ec2']);
    expect(r.partial?.skipped).toBe(4);
    expect(r.partial?.heldSections).not.toContain('s3');
  });

  it('treats an inventory as complete when it holds every section the checks read', () => {
    // A section no check reads (a service being added) is never collected by a scan; its absence
    // must not drop the manual checks and the others from every evaluation.
    const withoutUnread = buildInventory();
    delete (withoutUnread as { macie?: unknown }).macie;
    expect(checksRunnableOn(withoutUnread, [...checks, readsEc2], {})).toEqual({ checks: [...checks, readsEc2] });
  });

  it('keeps asked-for checks, which then report UNKNOWN', () => {
    expect(checksRunnableOn(partialInventory(), checks, { checks: ['test-unreadable'] })).toEqual({ checks });
  });
});
