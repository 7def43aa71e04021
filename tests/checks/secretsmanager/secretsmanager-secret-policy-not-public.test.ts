import { describe, expect, it } from 'vitest';
import { secretsmanagerSecretPolicyNotPublic as check } from '../../../src/checks/secretsmanager/secretsmanager-secret-policy-not-public.js';
import { buildInventory, denied, ok, run } from '../../builders/index.js';
import { listDenied, one } from './common.js';

const grant = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*', ...extra }],
});
const withPolicy = (policy: unknown) => one(check, { resourcePolicy: ok(policy as never) });

describe('secretsmanager-secret-policy-not-public', () => {
  it('passes secrets without a resource policy', () => {
    expect(run(check, buildInventory()).map((r) => r.status)).toEqual(['PASS', 'PASS']);
    expect(withPolicy(null)?.reason).toBe("Secret s has no resource policy, so only its own account's IAM grants apply.");
  });

  it('passes a grant to everyone pinned to the organization', () => {
    const r = withPolicy(grant({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }));
    expect(r?.status).toBe('PASS');
    expect(r?.reason).toMatch(/^Secret s resource policy allows no public access/);
  });

  it('fails a grant to everyone', () => {
    const r = withPolicy(grant({ Principal: { AWS: '*' } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Secret s resource policy statement "Read" allows secretsmanager:GetSecretValue to everyone.');
  });

  it('fails a grant to everyone under conditions that do not pin the caller', () => {
    const r = withPolicy(grant({ Principal: '*', Condition: { StringEquals: { 'secretsmanager:VersionStage': 'AWSCURRENT' } } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('under conditions that do not pin the caller to fixed values');
  });

  it('is UNKNOWN when the policy does not parse, or GetResourcePolicy or ListSecrets was denied', () => {
    expect(withPolicy({ Statement: [{ Effect: 'Maybe' }] })?.reason).toMatch(
      /^Whether secret s is public could not be decided: secretsmanager:GetResourcePolicy failed/,
    );
    const r = one(check, { resourcePolicy: denied('secretsmanager:GetResourcePolicy') });
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('secretsmanager:GetResourcePolicy was denied');
    expect(listDenied(check)?.reason).toContain('secretsmanager:ListSecrets was denied');
  });
});
