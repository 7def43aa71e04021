import { describe, expect, it } from 'vitest';
import { grantsOnAllOf } from '../../../../src/checks/lib/policy/index.js';
import { policyOf } from './helpers.js';

const KEYS = 'arn:aws:kms:*:*:key/*';
const sids = (statements: Record<string, unknown>[], action = 'kms:Decrypt') =>
  grantsOnAllOf(policyOf({ Version: '2012-10-17', Statement: statements }), action, KEYS).map((s) => s.sid);

describe('grantsOnAllOf', () => {
  it('counts "*", a pattern covering every key, NotResource elsewhere, and conditioned grants', () => {
    expect(sids([{ Sid: 'a', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }])).toEqual(['a']);
    expect(sids([{ Sid: 'b', Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*' }])).toEqual(['b']);
    expect(sids([{ Sid: 'c', Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::x' }])).toEqual(['c']);
    expect(
      sids([
        { Sid: 'd', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
      ]),
    ).toEqual(['d']);
  });
  it('does not count a grant on some keys, another action, or NotResource naming keys', () => {
    expect(sids([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:111122223333:key/*' }])).toEqual([]);
    expect(sids([{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }])).toEqual([]);
    expect(sids([{ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:kms:eu-west-1:111122223333:key/k' }])).toEqual([]);
  });
  it('subtracts an unconditioned Deny covering every key, not a conditioned one', () => {
    const allow = { Sid: 'a', Effect: 'Allow', Action: 'kms:*', Resource: '*' };
    expect(sids([allow, { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }])).toEqual([]);
    expect(
      sids([allow, { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }]),
    ).toEqual(['a']);
  });
});
