import { describe, expect, it } from 'vitest';
import { parsePolicy, statementLabel, listSome } from '../../../../src/checks/lib/policy/index.js';
import { policyOf } from './helpers.js';

const doc = {
  Version: '2012-10-17',
  Statement: { Sid: 'One', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 's3:GetObject', Resource: '*' },
};

describe('parsePolicy', () => {
  it('reads an object, JSON text and URL-encoded JSON text alike', () => {
    const expected = policyOf(doc);
    expect(policyOf(JSON.stringify(doc))).toEqual(expected);
    expect(policyOf(encodeURIComponent(JSON.stringify(doc)))).toEqual(expected);
  });

  it('normalises a single statement object and string-or-list elements', () => {
    expect(
      policyOf({
        Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': true } } },
      }),
    ).toEqual({
      statements: [
        {
          index: 0,
          sid: null,
          effect: 'Allow',
          action: ['s3:GetObject'],
          notAction: null,
          resource: ['*'],
          notResource: null,
          principal: null,
          notPrincipal: null,
          conditions: [{ operator: 'Bool', key: 'aws:SecureTransport', keyLower: 'aws:securetransport', values: ['true'] }],
        },
      ],
    });
  });

  it('reads every principal form', () => {
    const [a, b, c] = policyOf({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*' },
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: '*' },
        {
          Effect: 'Deny',
          NotPrincipal: {
            AWS: ['111122223333'],
            Service: 's3.amazonaws.com',
            Federated: 'cognito-identity.amazonaws.com',
            CanonicalUser: 'abc',
          },
          Action: '*',
        },
      ],
    }).statements;
    expect(a?.principal).toEqual({ everyone: true, entries: [] });
    expect(b?.principal).toEqual({ everyone: false, entries: [{ kind: 'AWS', value: '*' }] });
    expect(c?.notPrincipal?.entries.map((e) => e.kind)).toEqual(['AWS', 'Service', 'Federated', 'CanonicalUser']);
  });

  it('treats a document without statements as granting nothing', () => {
    expect(policyOf({ Version: '2012-10-17' })).toEqual({ statements: [] });
  });

  it('fails explicitly on documents that are not policy JSON', () => {
    expect(parsePolicy(null).ok).toBe(false);
    expect(parsePolicy('%7B').ok).toBe(false);
    expect(parsePolicy('not json')).toEqual({ ok: false, reason: 'the policy document is not a JSON object' });
    expect(parsePolicy({ Statement: [{ Effect: 'Allow', Action: 5 }] })).toEqual({
      ok: false,
      reason: 'the policy document is malformed (Action is neither a string nor a non-empty list of strings)',
    });
    for (const bad of [
      { Statement: [{ Effect: 'allow', Action: '*' }] },
      { Statement: [{ Effect: 'Allow', Resource: '*' }] },
      { Statement: [{ Effect: 'Allow', Action: '*', NotAction: 's3:*' }] },
      { Statement: [{ Effect: 'Allow', Action: '*', Principal: { Aws: '*' } }] },
      { Statement: [{ Effect: 'Allow', Action: '*', Principal: 'arn:aws:iam::111122223333:root' }] },
      { Statement: [{ Effect: 'Allow', Action: '*', Condition: { StringEquals: 'x' } }] },
      { Statement: [{ Effect: 'Allow', Action: '*', Condition: { StringEquals: { 'aws:SourceVpce': { a: 1 } } } }] },
      { Statement: ['x'] },
    ])
      expect(parsePolicy(bad).ok).toBe(false);
  });
});

describe('labels', () => {
  it('names a statement by Sid, else by its 1-based position', () => {
    const [a, b] = policyOf({
      Statement: [
        { Sid: 'Open', Effect: 'Allow', Action: '*' },
        { Effect: 'Allow', Action: '*' },
      ],
    }).statements;
    expect(a && statementLabel(a)).toBe('statement "Open"');
    expect(b && statementLabel(b)).toBe('statement #2');
  });
  it('shortens long lists', () => {
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
    expect(listSome(['a'])).toBe('a');
  });
});
