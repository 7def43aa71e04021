import { describe, expect, it } from 'vitest';
import { kmsCustomerPolicyNoDecryptOnAllKeys as check } from '../../../src/checks/kms/kms-customer-policy-no-decrypt-on-all-keys.js';
import { buildInventory, denied, run, statusByArn } from '../../builders/index.js';
import { ADMIN_STATEMENT, doc, iamArn, iamManagedPolicy, iamSection } from '../../builders/iam.js';
import type { IamManagedPolicy } from '../../../src/model/iam.js';

const withPolicies = (...p: IamManagedPolicy[]) => run(check, buildInventory({ iam: iamSection({ policies: { ok: true, value: p } }) }));
const one = (statement: Record<string, unknown>, o: Partial<IamManagedPolicy> = {}) =>
  withPolicies(iamManagedPolicy({ policyName: 'kms-use', document: doc({ Sid: 'Use', ...statement }), ...o }));

describe('kms-customer-policy-no-decrypt-on-all-keys (FSBP KMS.1)', () => {
  it('passes the compliant account and ignores AWS managed policies', () => {
    const results = withPolicies(
      iamManagedPolicy(),
      iamManagedPolicy({ policyName: 'AdministratorAccess', awsManaged: true, document: doc(ADMIN_STATEMENT) }),
    );
    expect(statusByArn(results)).toEqual({ [iamArn('policy/developer-access')]: 'PASS' });
    expect(results[0]?.reason).toBe(
      'Customer managed policy developer-access does not allow kms:Decrypt or kms:ReEncryptFrom on all KMS keys.',
    );
  });
  it('passes kms:Decrypt on named keys or on the keys of one region', () => {
    for (const Resource of [
      'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'arn:aws:kms:eu-west-1:123456789012:key/*',
    ]) {
      expect(one({ Effect: 'Allow', Action: 'kms:Decrypt', Resource }).map((r) => r.status)).toEqual(['PASS']);
    }
  });
  it('fails kms:Decrypt on "*", even unattached and under a condition (conditions are not evaluated)', () => {
    const [r] = one(
      {
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:Encrypt'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      },
      { attachmentCount: 0 },
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('Customer managed policy kms-use allows decryption on all KMS keys: statement "Use" allows kms:Decrypt.');
  });
  it('fails kms:ReEncrypt* over every key ARN, and kms:* on "*" for both actions', () => {
    const [a] = one({ Effect: 'Allow', Action: 'kms:ReEncrypt*', Resource: 'arn:aws:kms:*:*:key/*' });
    expect(a?.reason).toBe('Customer managed policy kms-use allows decryption on all KMS keys: statement "Use" allows kms:ReEncryptFrom.');
    const [b] = one({ Effect: 'Allow', Action: 'kms:*', Resource: '*' });
    expect(b?.reason).toBe(
      'Customer managed policy kms-use allows decryption on all KMS keys: statement "Use" allows kms:Decrypt; statement "Use" allows kms:ReEncryptFrom.',
    );
  });
  it('fails NotAction and NotResource that leave decryption on every key', () => {
    expect(one({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })[0]?.status).toBe('FAIL');
    expect(one({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:s3:::x' })[0]?.status).toBe('FAIL');
  });
  it('passes when the same policy denies decryption on every key without a condition', () => {
    const results = withPolicies(
      iamManagedPolicy({
        document: doc(
          { Effect: 'Allow', Action: 'kms:*', Resource: '*' },
          { Effect: 'Deny', Action: ['kms:Decrypt', 'kms:ReEncryptFrom'], Resource: '*' },
        ),
      }),
    );
    expect(results.map((r) => r.status)).toEqual(['PASS']);
  });
  it('is not applicable to a policy used only as a permissions boundary', () => {
    const [r] = one({ Effect: 'Allow', Action: '*', Resource: '*' }, { attachmentCount: 0, permissionsBoundaryUsageCount: 2 });
    expect(r?.status).toBe('NOT_APPLICABLE');
    expect(r?.reason).toBe('Customer managed policy kms-use is used only as a permissions boundary, which KMS.1 does not evaluate.');
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
});
