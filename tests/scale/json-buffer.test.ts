import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJsonBuffer } from '../../src/model/json-buffer.js';

const demoText = readFileSync('examples/demo-inventory.json', 'utf8');
const buf = (s: string) => Buffer.from(s, 'utf8');

describe('parseJsonBuffer: JSON.parse for texts past the string limit', () => {
  // A tiny piece size sends every container through the splitting scanner.
  it.each([1, 64, 4096])('equals JSON.parse on the demo inventory (pieces of %i bytes)', (piece) => {
    expect(parseJsonBuffer(buf(demoText), piece)).toEqual(JSON.parse(demoText));
    const compact = JSON.stringify(JSON.parse(demoText));
    expect(parseJsonBuffer(buf(compact), piece)).toEqual(JSON.parse(compact));
  });

  it('strings with escapes, brackets, commas and colons; unicode; __proto__ as data', () => {
    const text = JSON.stringify({
      'a"b': ['x\\', '\\"', '[{,:}]', 'é 漢字 😀', '\u2028'],
      nested: { 'k,:': [1, [2, [3, {}]], []], '': '' },
      list: Array.from({ length: 50 }, (_, i) => ({ i, s: `"${i}\\` })),
    }).replace('"nested"', '"__proto__": {"polluted": true}, "nested"');
    const parsed = parseJsonBuffer(buf(`\n ${text} \n`), 1) as Record<string, unknown>;
    expect(parsed).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toContain('__proto__');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('skips a leading byte-order mark, as loadInventory did for text', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf('{"a":[1,2]}')]);
    expect(parseJsonBuffer(bom)).toEqual({ a: [1, 2] });
    expect(parseJsonBuffer(bom, 1)).toEqual({ a: [1, 2] });
  });

  it.each([
    '{"a":1 "b":2}',
    '{"a":1,}',
    '[1,,2]',
    '[1,2,]',
    '{"a" 1}',
    '{1:2}',
    '{"a":"unterminated}',
    '{"a":[1,2}',
    '[1,2] 3',
    '{"a":1}}',
  ])('rejects malformed %s with a SyntaxError, split or whole', (text) => {
    expect(() => {
      JSON.parse(text);
    }).toThrow(SyntaxError);
    expect(() => parseJsonBuffer(buf(text), 1)).toThrow(SyntaxError);
    expect(() => parseJsonBuffer(buf(text))).toThrow(SyntaxError);
  });
});
