import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonChunks } from '../../src/json-chunks.js';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import { demoDocument } from '../report/demo-document.js';
import { buildInventory } from '../builders/index.js';

const HOSTILE = [
  'quote " comma , newline \n tab \t',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  ']]> & <',
  'unicode é 漢字 😀 \u2028 \u2029 \u0000 \u001b[31m',
  'back\\slash\\',
];

const joined = (v: unknown, depth?: number) => [...jsonChunks(v, depth)].join('');

describe('jsonChunks: JSON.stringify(value, null, 2) in pieces', () => {
  it.each([
    ['scalars', [1, 'a', null, true, 0.5, -0, 1e300]],
    ['empty containers', { a: [], b: {}, c: [[], {}] }],
    ['members without a JSON form', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s'), 1], d: Symbol('x') }],
    ['toJSON (dates)', { when: new Date(0), list: Array.from({ length: 100 }, (_, i) => new Date(i * 1000)) }],
    [
      'hostile strings as keys and values',
      Object.fromEntries(HOSTILE.map((h, i) => [h, Array.from({ length: 70 }, () => ({ [h]: h, i }))])),
    ],
    [
      'deep resource lists',
      { s: { r: { 'eu-west-1': { ok: true, value: Array.from({ length: 200 }, (_, i) => ({ id: `x${i}`, n: { m: [i] } })) } } } },
    ],
    ['a wide object', Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i % 3 ? { v: i } : undefined]))],
  ])('%s', (_, value) => {
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('a compliant inventory and the demo inventory', () => {
    const demo: unknown = JSON.parse(readFileSync('examples/demo-inventory.json', 'utf8'));
    for (const inv of [buildInventory(), demo]) expect(joined(inv)).toBe(JSON.stringify(inv, null, 2));
  });

  it('the JSON report: renderJsonChunks is renderJson, in more than one piece', () => {
    const doc = demoDocument();
    const chunks = [...renderJsonChunks(doc)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(renderJson(doc));
  });

  it('refuses a root value JSON.stringify would drop', () => {
    expect(() => joined(undefined)).toThrow(TypeError);
  });
});
