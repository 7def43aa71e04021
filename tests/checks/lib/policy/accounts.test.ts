import { describe, expect, it } from 'vitest';
import { pinnedAccounts, pinnedCallers, type ConditionTest } from '../../../../src/checks/lib/policy/index.js';
import { policyOf } from './helpers.js';

const t = (operator: string, key: string, values: string | string[]): ConditionTest => ({
  operator,
  key,
  keyLower: key.toLowerCase(),
  values: Array.isArray(values) ? values : [values],
});
const OWNER = '111122223333';

describe('pinnedAccounts', () => {
  it.each([
    ['StringEquals', 'AWS:SourceOwner', OWNER, [OWNER]],
    ['StringEquals', 'aws:SourceAccount', ['444455556666', OWNER], [OWNER, '444455556666']],
    ['StringEquals', 'aws:PrincipalAccount', '444455556666', ['444455556666']],
    ['ArnLike', 'aws:SourceArn', `arn:aws:cloudwatch:us-east-1:${OWNER}:alarm:*`, [OWNER]],
    ['ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::444455556666:role/r', ['444455556666']],
  ])('%s %s %j admits %j', (op, key, values, expected) => expect(pinnedAccounts(t(op, key, values))).toEqual(expected));

  it.each([
    ['StringEquals', 'aws:PrincipalOrgID', 'o-a1b2c3d4e5'],
    ['StringEquals', 'aws:SourceVpce', 'vpce-1a2b3c4d'],
    ['ArnEquals', 'aws:SourceArn', 'arn:aws:s3:::my-bucket'],
    ['StringLike', 'aws:SourceAccount', '*'],
    ['Bool', 'aws:SecureTransport', 'true'],
  ])('%s %s %j names no account', (op, key, values) => expect(pinnedAccounts(t(op, key, values))).toBeNull());
});

describe('pinnedCallers', () => {
  const statement = (condition: Record<string, unknown>) =>
    policyOf({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: '*', Condition: condition }] })
      .statements[0]!;

  it('is the own account when a test admits only the owner', () => {
    expect(pinnedCallers(statement({ StringEquals: { 'AWS:SourceOwner': OWNER } }), OWNER)).toEqual({ kind: 'own' });
  });

  it('intersects ANDed tests', () => {
    const both = statement({ StringEquals: { 'aws:SourceAccount': [OWNER, '444455556666'], 'aws:PrincipalAccount': OWNER } });
    expect(pinnedCallers(both, OWNER)).toEqual({ kind: 'own' });
    expect(pinnedCallers(statement({ StringEquals: { 'aws:SourceAccount': [OWNER, '444455556666'] } }), OWNER)).toEqual({
      kind: 'accounts',
      accounts: ['444455556666'],
    });
  });

  it('is unresolved when the pins name no account', () => {
    expect(pinnedCallers(statement({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }), OWNER)).toEqual({
      kind: 'unresolved',
      keys: ['aws:PrincipalOrgID'],
    });
  });
});
