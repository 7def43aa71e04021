import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

describe('--export securityhub and the read-only policy', () => {
  it('the shipped read-only policy does not grant the export call: it is granted separately, by choice', () => {
    const policy = JSON.parse(readFileSync(new URL('../../examples/bulwark-readonly-policy.json', import.meta.url), 'utf8')) as {
      Statement: { Action: string[] }[];
    };
    const actions = policy.Statement.flatMap((s) => s.Action);
    expect(actions.some((a) => a.startsWith('securityhub:'))).toBe(true);
    expect(actions).not.toContain('securityhub:BatchImportFindings');
    expect(actions.filter((a) => /^securityhub:(BatchImport|BatchUpdate|Update|Create|Delete|Enable)/.test(a))).toEqual([]);
  });

  it('the export lives outside src/collect, whose actions the policy is generated from', () => {
    const source = readFileSync(new URL('../../src/export/securityhub.ts', import.meta.url), 'utf8');
    expect(source).toContain('BatchImportFindingsCommand');
  });
});
