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

  // Pretty-printed text is split by line; a layout that only looks like one member per line must
  // still parse exactly (the line guess fails to parse, and the byte scanner decides).
  it.each([
    ['a nested line at the member indent, after a comma', '[\n  {"a": [1,\n  {"b": 1}]},\n  {"c": 2}\n]'],
    ['members of mixed kinds', '[\n  {"a": 1},\n  "x",\n  [2],\n  {"b": [3, 4]}\n]'],
    ['an object whose values are containers and scalars', '{\n  "a": {\n    "x": [1, 2]\n  },\n  "b": 2,\n  "c": "s,\\n  \\"d\\": 3"\n}'],
    ['CRLF line breaks', '{\r\n  "a": [\r\n    {"b": 1},\r\n    {"b": 2}\r\n  ],\r\n  "c": {}\r\n}'],
    ['a key holding __proto__', '{\n  "__proto__": {\n    "polluted": true\n  },\n  "b": [\n    1,\n    2\n  ]\n}'],
  ])('equals JSON.parse on pretty-printed text: %s', (_, text) => {
    for (const piece of [1, 8, 24, 1 << 20]) {
      const parsed = parseJsonBuffer(buf(text), piece);
      expect(parsed).toEqual(JSON.parse(text));
      expect(Object.getPrototypeOf(parsed)).toBe(Array.isArray(parsed) ? Array.prototype : Object.prototype);
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('equals JSON.parse on the pretty demo inventory with its lists split into runs of members', () => {
    for (const piece of [256, 2048, 65536]) expect(parseJsonBuffer(buf(demoText), piece)).toEqual(JSON.parse(demoText));
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
    '[\n  {"a": 1},\n  {"a": 2},\n]',
    '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}',
    '[\n  {"a": 1},\n  {"a": 2\n]',
  ])('rejects malformed %s with a SyntaxError, split or whole', (text) => {
    expect(() => {
      JSON.parse(text);
    }).toThrow(SyntaxError);
    expect(() => parseJsonBuffer(buf(text), 1)).toThrow(SyntaxError);
    expect(() => parseJsonBuffer(buf(text))).toThrow(SyntaxError);
  });
});
