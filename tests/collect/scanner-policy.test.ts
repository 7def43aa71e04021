import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { actionsInSource, READ_ONLY_ACTION, scannerPolicy } from '../../src/collect/scanner-policy.js';

const collectDir = new URL('../../src/collect/', import.meta.url);
const shipped = JSON.parse(readFileSync(new URL('../../examples/bulwark-readonly-policy.json', import.meta.url), 'utf8')) as ReturnType<
  typeof scannerPolicy
>;

describe('the shipped read-only scanner policy', () => {
  const allowed = new Set(shipped.Statement.flatMap((s) => s.Action));

  it('grants every action the collectors name', () => {
    const sources = readdirSync(collectDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(new URL(f, collectDir), 'utf8'));
    const named = actionsInSource(sources);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((a) => !allowed.has(a))).toEqual([]);
  });

  it('grants nothing that can change the account', () => {
    for (const a of allowed) expect(a).toMatch(READ_ONLY_ACTION);
    expect(shipped.Statement.every((s) => s.Effect === 'Allow' && s.Resource === '*')).toBe(true);
  });

  it("accepts API Gateway's read verb, and none of its write verbs", () => {
    expect('apigateway:GET').toMatch(READ_ONLY_ACTION);
    for (const a of ['apigateway:POST', 'apigateway:PATCH', 'apigateway:PUT', 'apigateway:DELETE', 'apigateway:GETX'])
      expect(a).not.toMatch(READ_ONLY_ACTION);
  });

  it('is sorted and deduplicated', () => {
    expect(scannerPolicy(['b:B', 'a:A', 'b:B']).Statement[0]?.Action).toEqual(['a:A', 'b:B']);
  });
});
