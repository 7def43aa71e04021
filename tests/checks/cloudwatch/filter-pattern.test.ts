/** The CloudWatch Logs JSON filter pattern parser, DNF expansion and term implication. */
import { describe, expect, it } from 'vitest';
import {
  DNF_LIMIT,
  parseFilterPattern,
  termImplies,
  toDnf,
  uncoveredConjunct,
  type FilterNode,
  type FilterTerm,
} from '../../../src/checks/cloudwatch/filter-pattern.js';

function parse(p: string): FilterNode {
  const r = parseFilterPattern(p);
  if (!r.ok) throw new Error(r.error);
  return r.node;
}
const term = (field: string, op: FilterTerm['op'], value?: string): FilterNode => ({
  kind: 'term',
  term: value === undefined ? { field, op } : { field, op, value },
});
const dnf = (p: string) => toDnf(parse(p));

describe('parseFilterPattern', () => {
  it('parses quoted and unquoted values, NOT EXISTS, IS NULL / TRUE / FALSE and numeric comparisons', () => {
    expect(parse('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != AwsServiceEvent }')).toEqual({
      kind: 'and',
      children: [
        term('userIdentity.type', '=', 'Root'),
        term('userIdentity.invokedBy', 'NOT EXISTS'),
        term('eventType', '!=', 'AwsServiceEvent'),
      ],
    });
    expect(parse('{ $.SomeObject IS NULL || $.ThisFlag IS TRUE || $.Other is false }')).toEqual({
      kind: 'or',
      children: [term('SomeObject', 'IS NULL'), term('ThisFlag', 'IS TRUE'), term('Other', 'IS FALSE')],
    });
    expect(
      parse('{ $.latency >= 500 && $.numbers[0] < 10e3 && $.processes[4].averageRuntime <= 55.5 && $.errorCode != 500.0 && $.x > +1 }'),
    ).toEqual({
      kind: 'and',
      children: [
        term('latency', '>=', '500'),
        term('numbers[0]', '<', '10000'),
        term('processes[4].averageRuntime', '<=', '55.5'),
        term('errorCode', '!=', '500'),
        term('x', '>', '1'),
      ],
    });
    expect(parse('{ $.sourceIPAddress != 123.123.* && $.arn = "arn:aws:iam::1:user/\\"bob\\"" && $.x-y_z = a }')).toEqual({
      kind: 'and',
      children: [term('sourceIPAddress', '!=', '123.123.*'), term('arn', '=', 'arn:aws:iam::1:user/"bob"'), term('x-y_z', '=', 'a')],
    });
  });

  it('gives && precedence over || and honours parentheses', () => {
    const a = term('a', '=', '1');
    const b = term('b', '=', '2');
    const c = term('c', '=', '3');
    expect(parse('{ $.a = 1 || $.b = 2 && $.c = 3 }')).toEqual({ kind: 'or', children: [a, { kind: 'and', children: [b, c] }] });
    expect(parse('{ $.a = 1 && $.b = 2 || $.c = 3 }')).toEqual({ kind: 'or', children: [{ kind: 'and', children: [a, b] }, c] });
    expect(parse('{ ($.a = 1 || $.b = 2) && $.c = 3 }')).toEqual({ kind: 'and', children: [{ kind: 'or', children: [a, b] }, c] });
    expect(parse('{ ((($.a = 1))) }')).toEqual(a);
  });

  it('rejects malformed patterns with the position of the problem', () => {
    const error = (p: string) => {
      const r = parseFilterPattern(p);
      return r.ok ? undefined : r.error;
    };
    expect(error('ERROR Exception')).toBe('expected "{" (only JSON filter patterns are supported) at character 1');
    expect(error('{ $.a = 1 ')).toBe('expected "&&", "||" or "}" at the end of the pattern');
    expect(error('{ ($.a = 1 }')).toBe('expected ")" at character 12');
    expect(error('{ $.a = 1 } x')).toBe('unexpected text after "}" at character 13');
    expect(error('{ $.a = "x }')).toBe('unterminated string starting at character 9');
    expect(error('{ $.a }')).toBe('expected an operator after $.a at character 7');
    expect(error('{ $.a = }')).toBe('expected a value after "=" at character 9');
    expect(error('{ $.a > big }')).toBe('">" needs a number, not "big", at character 9');
    expect(error('{ $.a IS MAYBE }')).toBe('expected NULL, TRUE or FALSE after IS at character 10');
    expect(error('{ $.a NOT THERE }')).toBe('expected EXISTS after NOT at character 11');
    expect(error('{ $ = 1 }')).toBe('invalid selector at character 3');
    expect(error('{ $.a = 1 && || $.b = 2 }')).toBe('expected "(" or a selector such as $.eventName at character 14');
    expect(error('{ $.a = Failed authentication }')).toBe('expected "&&", "||" or "}" at character 16');
  });
});

describe('toDnf', () => {
  it('distributes && over || and removes repeated terms', () => {
    expect(dnf('{ $.s = k && ($.e = A || $.e = B) }')).toEqual([
      [
        { field: 's', op: '=', value: 'k' },
        { field: 'e', op: '=', value: 'A' },
      ],
      [
        { field: 's', op: '=', value: 'k' },
        { field: 'e', op: '=', value: 'B' },
      ],
    ]);
    expect(dnf('{ ($.a = 1 || $.b = 2) && ($.c = 3 || $.d = 4) }')?.length).toBe(4);
    expect(dnf('{ $.a = 1 && ($.a = "1" && $.b = 2) }')).toEqual([
      [
        { field: 'a', op: '=', value: '1' },
        { field: 'b', op: '=', value: '2' },
      ],
    ]);
  });

  it(`gives up beyond ${DNF_LIMIT} conjuncts, on the result or an intermediate product`, () => {
    const groups = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `($.a${i} = x || $.b${i} = y)`).join(' && ')} }`;
    expect(dnf(groups(8))?.length).toBe(256);
    expect(dnf(groups(9))).toBeUndefined();
    // 2^9 alternatives inside one branch, even if the top level is a single ||.
    expect(dnf(`{ $.z = 1 || (${groups(9).slice(1, -1)}) }`)).toBeUndefined();
    const wide = `{ ${Array.from({ length: 257 }, (_, i) => `$.e = E${i}`).join(' || ')} }`;
    expect(dnf(wide)).toBeUndefined();
    expect(toDnf(parse(wide), 1000)?.length).toBe(257);
  });
});

describe('termImplies and uncoveredConjunct', () => {
  const t = (field: string, op: FilterTerm['op'], value?: string): FilterTerm =>
    value === undefined ? { field, op } : { field, op, value };

  it('implies equal terms, matching wildcards and != of another literal', () => {
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '=', 'CreateTrail'))).toBe(true);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '=', 'Create*'))).toBe(true);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '=', '*Trail'))).toBe(true);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '=', '*eateTr*'))).toBe(true);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '=', '*'))).toBe(true);
    expect(termImplies(t('e', '=', 'AccessDenied*'), t('e', '=', 'Access*'))).toBe(true);
    expect(termImplies(t('e', '=', 'AccessDenied*'), t('e', '=', '*Denied'))).toBe(false);
    expect(termImplies(t('e', '=', '*UnauthorizedOperation'), t('e', '=', 'Unauthorized*'))).toBe(false);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '=', 'Cr*Trail'))).toBe(false);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '=', 'createtrail'))).toBe(false);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('x', '=', 'CreateTrail'))).toBe(false);
    expect(termImplies(t('e', '=', 'CreateTrail'), t('e', '!=', 'HeadBucket'))).toBe(true);
    expect(termImplies(t('e', '=', 'HeadBucket'), t('e', '!=', 'Head*'))).toBe(false);
    expect(termImplies(t('e', '=', 'Create*'), t('e', '!=', 'HeadBucket'))).toBe(false);
    expect(termImplies(t('e', '!=', 'A'), t('e', '!=', 'A'))).toBe(true);
    expect(termImplies(t('e', '!=', 'A'), t('e', '!=', 'B'))).toBe(false);
    expect(termImplies(t('e', 'NOT EXISTS'), t('e', 'NOT EXISTS'))).toBe(true);
    expect(termImplies(t('e', 'NOT EXISTS'), t('e', 'IS NULL'))).toBe(false);
  });

  it('reports the first reference conjunct that no filter conjunct covers', () => {
    const ref = dnf('{ $.e = A || $.e = B }') ?? [];
    expect(uncoveredConjunct(dnf('{ $.e = A || $.e = B || $.e = C }') ?? [], ref)).toBeUndefined();
    expect(uncoveredConjunct(dnf('{ $.e = A && $.e = B }') ?? [], ref)).toEqual([{ field: 'e', op: '=', value: 'A' }]);
    expect(uncoveredConjunct(dnf('{ $.e = A || ($.e = B && $.u = bob) }') ?? [], ref)).toEqual([{ field: 'e', op: '=', value: 'B' }]);
  });
});
