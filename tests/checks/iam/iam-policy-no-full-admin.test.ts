import { describe, expect, it } from 'vitest';
import { iamPolicyNoFullAdmin as check } from '../../../src/checks/iam/iam-policy-no-full-admin.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { ADMIN_STATEMENT, doc, iamArn, iamManagedPolicy, iamSection } from '../../builders/iam.js';
import type { IamManagedPolicy } from '../../../src/model/iam.js';

const withPolicies = (...p: IamManagedPolicy[]) => run(check, buildInventory({ iam: iamSection({ policies: { ok: true, value: p } }) }));

describe('iam-policy-no-full-admin', () => {
  it('passes scoped customer policies and ignores AWS managed ones', () => {
    const results = withPolicies(
      iamManagedPolicy(),
      iamManagedPolicy({ policyName: 'AdministratorAccess', awsManaged: true, document: doc(ADMIN_STATEMENT) }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('policy/developer-access')]: 'PASS' });
  });
  it('passes a Deny "*" on "*" and a service wildcard', () => {
    const [r] = withPolicies(
      iamManagedPolicy({
        document: doc({ Effect: 'Deny', Action: '*', Resource: '*' }, { Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      }),
    );
    expect(r?.status).toBe('PASS');
  });
  it('fails Allow "*" on "*", even when unattached', () => {
    const [r] = withPolicies(
      iamManagedPolicy({ policyName: 'demo-admin', attachmentCount: 0, document: doc({ Sid: 'All', ...ADMIN_STATEMENT }) }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Customer managed policy demo-admin (not attached) allows every action on every resource in statement "All".');
  });
  it('fails "*:*" in an action list over a resource list containing "*"', () => {
    const [r] = withPolicies(
      iamManagedPolicy({ document: doc({ Effect: 'Allow', Action: ['s3:GetObject', '*:*'], Resource: ['arn:aws:s3:::x', '*'] }) }),
    );
    expect(r?.status).toBe('FAIL');
  });
  it('is unknown when the document cannot be parsed', () => {
    const [r] = withPolicies(iamManagedPolicy({ document: '%7Bbroken' }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });
  it('is unknown when GetAccountAuthorizationDetails is denied', () => {
    const [r] = run(check, buildInventory({ iam: iamSection({ policies: denied('iam:GetAccountAuthorizationDetails') }) }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountAuthorizationDetails');
  });

  it('reads a URL-encoded document as IAM returns it, and is UNKNOWN for one that does not parse', () => {
    const encoded = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [ADMIN_STATEMENT] }));
    const [r] = withPolicies(iamManagedPolicy({ document: encoded }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('statement #1');
    const [u] = withPolicies(iamManagedPolicy({ document: '%7B' }));
    expect(u?.status).toBe('UNKNOWN');
  });
});
