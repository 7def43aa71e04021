import { describe, expect, it } from 'vitest';
import { Inventory } from '../../src/model/inventory.js';
import { parseInventory } from '../../src/model/inventory-file.js';
import { buildInventory } from '../builders/index.js';

/** The message parseInventory gave when it validated the whole inventory at once. */
function wholeSchemaMessage(raw: unknown): string {
  const parsed = Inventory.safeParse(raw);
  if (parsed.success) return '';
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
  return `inv.json is not a valid inventory: ${issues.join('; ')}${more}.`;
}

describe('section-by-section validation', () => {
  it('returns what Inventory.parse returns (sections in schema order, unknown keys dropped)', () => {
    const raw = { extra: 'dropped', ...buildInventory() } as Record<string, unknown>;
    const text = JSON.stringify(raw);
    const ours = parseInventory(text, 'inv.json');
    const whole = Inventory.parse(JSON.parse(text));
    expect(ours).toEqual(whole);
    expect(Object.keys(ours)).toEqual(Object.keys(whole));
  });

  it.each([
    ['header and sections', { startedAt: 'never', iam: { users: 1 }, s3: { buckets: 'x' }, ec2: { regions: 3 } }],
    ['one section', { s3: { buckets: 'x' } }],
    ['the header only', { account: { id: 'abc', partition: 'aws', callerArn: 'x' } }],
  ])('reports the same issues in the same order (%s)', (_, broken) => {
    const raw = { ...buildInventory(), ...broken };
    const expected = wholeSchemaMessage(JSON.parse(JSON.stringify(raw)));
    expect(expected).not.toBe('');
    expect(() => parseInventory(JSON.stringify(raw), 'inv.json')).toThrow(expected);
  });
});
