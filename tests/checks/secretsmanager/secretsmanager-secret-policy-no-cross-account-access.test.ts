import { describe, expect, it } from 'vitest';
import { secretsmanagerSecretPolicyNoCrossAccountAccess as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-policy-no-cross-account-access.js';
import { ACCOUNT_ID, buildInventory, denied, ok, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

const grant = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*', ...extra }],
});
const withPolicy = (policy: unknown) => one(check, { resourcePolicy: ok(policy as never) });

describe('secretsmanager-secret-policy-no-cross-account-access', () => {
  it('passes secrets without a policy, or granting only their own account', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(withPolicy(null)?.reason).toBe('Secret s has no resource policy, so no other account is granted access.');
    expect(withPolicy(grant({ Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:role/app` } }))?.reason).toBe(
      `Secret s resource policy grants access only within account ${ACCOUNT_ID}.`,
    );
  });

  it('fails a policy naming another account', () => {
    const r = withPolicy(grant({ Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secret s resource policy grants access to account 444455556666.');
  });

  it('fails a public policy', () => {
    expect(withPolicy(grant({ Principal: '*' }))?.status).toBe('FAIL');
  });

  it('is UNKNOWN when a grant to everyone is pinned by a VPC endpoint, which names no account', () => {
    const r = withPolicy(grant({ Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toMatch(/^Whether secret s grants other accounts access could not be decided: its policy grants to everyone/);
  });

  it('is UNKNOWN when GetResourcePolicy or ListSecrets was denied, or the policy does not parse', () => {
    expect(one(check, { resourcePolicy: denied('secretsmanager:GetResourcePolicy') })?.reason).toContain(
      'secretsmanager:GetResourcePolicy was denied',
    );
    expect(listDenied(check)?.status).toBe('UNKNOWN');
    expect(withPolicy({ Statement: [{ Effect: 'Maybe' }] })?.status).toBe('UNKNOWN');
  });
});
