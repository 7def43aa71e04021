import { describe, expect, it } from 'vitest';
import { iamRootHardwareMfaEnabled as check } from '../../../src/checks/iam/iam-root-hardware-mfa-enabled.js';
import { buildInventory, daysAgo, denied, run } from '../../builders/index.js';
import { iamArn, iamSection } from '../../builders/iam.js';
import type { IamSection } from '../../../src/model/iam.js';

const inv = (o: Partial<IamSection>) => buildInventory({ iam: iamSection(o) });

describe('iam-root-hardware-mfa-enabled', () => {
  it('passes when root has MFA and no virtual device is root’s', () => {
    expect(run(check, inv({})).map((r) => r.status)).toEqual(['PASS']);
  });
  it('fails when root has no MFA at all', () => {
    const [r] = run(check, inv({ accountSummary: { ok: true, value: { accountMfaEnabled: 0, accountAccessKeysPresent: 0 } } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no MFA device');
  });
  it('fails when a virtual device has the root serial (even unassigned, as moto builds it)', () => {
    const [r] = run(check, inv({ virtualMfaDevices: { ok: true, value: [{ serialNumber: iamArn('mfa/root-account-mfa-device'), userArn: null, enableDate: null }] } }));
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('root-account-mfa-device');
  });
  it('fails when a virtual device of any name is assigned to root (AWS allows several MFA devices)', () => {
    const [r] = run(check, inv({ virtualMfaDevices: { ok: true, value: [{ serialNumber: iamArn('mfa/my-phone'), userArn: iamArn('root'), enableDate: daysAgo(5) }] } }));
    expect(r?.status).toBe('FAIL');
  });
  it('is unknown when ListVirtualMFADevices is denied', () => {
    const [r] = run(check, inv({ virtualMfaDevices: denied('iam:ListVirtualMFADevices') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:ListVirtualMFADevices');
  });
  it('is unknown when GetAccountSummary is denied', () => {
    const [r] = run(check, inv({ accountSummary: denied('iam:GetAccountSummary') }));
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('iam:GetAccountSummary');
  });
});
