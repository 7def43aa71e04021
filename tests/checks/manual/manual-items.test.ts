import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manualChecks } from '../../../src/checks/manual/index.js';
import { checklistRows, findControl } from '../../../src/frameworks/index.js';
import { ACCOUNT_ID, buildInventory, evalContext, run } from '../../builders/index.js';
import type { Inventory } from '../../../src/model/inventory.js';

// Manual items read nothing, so one table-driven file covers them all instead of a file per item.
const dir = fileURLToPath(new URL('../../../src/checks/manual/', import.meta.url));
const ROOT = `arn:aws:iam::${ACCOUNT_ID}:root`;
const empty = (): Inventory => {
  const { kind, schemaVersion, tool, account, startedAt, finishedAt, regions } = buildInventory();
  return { kind, schemaVersion, tool, account, startedAt, finishedAt, regions };
};

describe('manual checklist items', () => {
  it('registers every file of the directory, and ids equal file names', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(manualChecks.map((c) => c.id).sort()).toEqual(files);
  });

  it.each(manualChecks.map((c) => [c.id, c] as const))('%s returns one MANUAL guidance item for the account', (_id, check) => {
    expect(check.id.startsWith('manual-')).toBe(true);
    expect(check.service).toBe('manual');
    expect(check.reads).toEqual([]);
    expect(check.remediation.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    // Reads nothing: the result is the same whatever the inventory holds, even no sections at all.
    for (const inv of [buildInventory(), empty()]) {
      const results = run(check, inv, evalContext());
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ status: 'MANUAL', resourceArn: ROOT, region: 'global', resourceType: 'AwsAccount' });
      expect(results[0]?.reason).toMatch(/^[A-Z].*\.$/);
      expect(results[0]?.reason).toContain(ACCOUNT_ID);
    }
    for (const [fw, ids] of Object.entries(check.frameworks)) {
      for (const id of ids ?? []) expect(findControl(fw as 'checklist' | 'cis-3.0', id), `${check.id} -> ${fw} ${id}`).toBeDefined();
    }
  });

  it('cover every manual row of the checklist, section 7 included', () => {
    const covered = new Set(manualChecks.flatMap((c) => c.frameworks.checklist ?? []));
    const manualRows = checklistRows.filter((r) => r.kind === 'manual').map((r) => r.id);
    expect(manualRows).toEqual(['1.26', '1.27', '4.20', '5.15', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7']);
    expect(manualRows.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('map the CIS manual recommendations no API answers (contact details, security questions, peering routes)', () => {
    const cis = new Set(manualChecks.flatMap((c) => c.frameworks['cis-3.0'] ?? []));
    expect([...cis].sort()).toEqual(['1.1', '1.3', '5.5']);
    for (const id of cis) expect(findControl('cis-3.0', id)?.assessment, id).toBe('manual');
    const v5 = new Set(manualChecks.flatMap((c) => c.frameworks['cis-5.0'] ?? []));
    expect([...v5].sort()).toEqual(['1.1', '5.6']);
    for (const id of v5) expect(findControl('cis-5.0', id)?.assessment, id).toBe('manual');
  });

  it('have unique ids and titles', () => {
    expect(new Set(manualChecks.map((c) => c.id)).size).toBe(manualChecks.length);
    expect(new Set(manualChecks.map((c) => c.title)).size).toBe(manualChecks.length);
  });
});
