import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  fullAdminStatements,
  isFullWildcardAction,
  isServiceWildcardAction,
  listSome,
  parsePolicy,
  serviceWildcardGrants,
} from '../../../src/checks/iam/policy.js';

const statements = (doc: Parameters<typeof parsePolicy>[0]) => {
  const p = parsePolicy(doc);
  if (!p.ok) throw new Error(p.reason);
  return p.statements;
};

describe('iam policy helpers', () => {
  it('normalises a single statement object and string values', () => {
    expect(
      statements({
        Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
      }),
    ).toEqual([
      { sid: null, effect: 'Allow', action: ['s3:GetObject'], notAction: null, resource: ['*'], notResource: null, hasCondition: true },
    ]);
  });
  it('treats a document without statements as granting nothing', () => {
    expect(statements({ Version: '2012-10-17' })).toEqual([]);
  });
  it('rejects documents that are not policy JSON', () => {
    expect(parsePolicy(null).ok).toBe(false);
    expect(parsePolicy('%7B').ok).toBe(false);
    expect(parsePolicy({ Statement: [{ Effect: 'Allow', Action: 5 }] })).toEqual({
      ok: false,
      reason: 'the policy document is malformed (Action is neither a string nor a list of strings)',
    });
  });
  it('matches actions case-insensitively with * and ?', () => {
    expect(actionMatches('s3:Get*', 'S3:GETOBJECT')).toBe(true);
    expect(actionMatches('ec2:Describe?pc*', 'ec2:DescribeVpcs')).toBe(true);
    expect(actionMatches('s3:Get*', 's3:PutObject')).toBe(false);
    expect(actionMatches('iam:Pass.Role', 'iam:PassXRole')).toBe(false);
  });
  it('recognises full and service wildcards', () => {
    expect(['*', '*:*', ' * ', '**'].every(isFullWildcardAction)).toBe(true);
    expect(isFullWildcardAction('s3:*')).toBe(false);
    expect(['s3:*', 'S3:*', 'ssm-incidents:*'].every(isServiceWildcardAction)).toBe(true);
    expect(['s3:Get*', '*', 's3:*Object'].some(isServiceWildcardAction)).toBe(false);
  });
  it('finds full admin statements: Allow, Action *, Resource * or NotResource; not Deny, not scoped', () => {
    const s = statements({
      Statement: [
        { Sid: 'a', Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::x' },
        { Effect: 'Deny', Action: '*', Resource: '*' },
        { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::x' },
        { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
      ],
    });
    expect(fullAdminStatements(s)).toEqual(['statement "a"', 'statement 2']);
  });
  it('lists service wildcard grants once each', () => {
    const s = statements({
      Statement: [
        { Effect: 'Allow', Action: ['s3:*', 'S3:GetObject', 's3:*'], Resource: '*' },
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' },
        { Effect: 'Deny', Action: 'ec2:*', Resource: '*' },
      ],
    });
    expect(serviceWildcardGrants(s)).toEqual(['s3:*', '*', 'NotAction iam:*']);
  });
  it('shortens long lists', () => {
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
    expect(listSome(['a'])).toBe('a');
  });
});
