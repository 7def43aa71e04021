import { describe, expect, it } from 'vitest';
import { iamChecks } from '../../../src/checks/iam/index.js';
import { buildInventory, denyAll, run } from '../../builders/index.js';
import { compliantIamSection } from '../../builders/iam.js';
import { IamSection } from '../../../src/model/iam.js';

describe('iam builders', () => {
  it('compliantIamSection validates against the model', () => {
    expect(IamSection.safeParse(compliantIamSection()).success).toBe(true);
  });

  it.each(iamChecks.map((c) => [c.id, c] as const))('%s passes on the compliant section', (_id, check) => {
    const results = run(check, buildInventory());
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status !== 'PASS' && r.status !== 'NOT_APPLICABLE')).toEqual([]);
    expect(results.some((r) => r.status === 'PASS')).toBe(true);
    for (const r of results) expect(r.reason).toMatch(/\.$/);
  });

  it.each(iamChecks.map((c) => [c.id, c] as const))('%s never fails when every read was denied', (_id, check) => {
    const inv = buildInventory({ iam: denyAll(compliantIamSection()) });
    const results = run(check, inv);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 'FAIL' || r.status === 'PASS')).toEqual([]);
  });
});
