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
  it('passes when a leftover unassigned device has the root serial but root has (hardware) MFA', () => {
    // Root switched to a hardware key and the old virtual device was deactivated but not deleted:
    // ListVirtualMFADevices still lists it, with no User and no EnableDate (moto builds it the same way).
    const [r] = run(
      check,
      inv({
        virtualMfaDevices: { ok: true, value: [{ serialNumber: iamArn('mfa/root-account-mfa-device'), userArn: null, enableDate: null }] },
      }),
    );
    expect(r?.status).toBe('PASS');
  });
  it('passes when a device with the root serial is assigned to an IAM user, not to root', () => {
    const [r] = run(
      check,
      inv({
        virtualMfaDevices: {
          ok: true,
          value: [{ serialNumber: iamArn('mfa/root-account-mfa-device'), userArn: iamArn('user/alice'), enableDate: daysAgo(5) }],
        },
      }),
    );
    expect(r?.status).toBe('PASS');
  });
  it('fails when an enabled device has the root serial even if AWS leaves User out', () => {
    const [r] = run(
      check,
      inv({
        virtualMfaDevices: {
          ok: true,
          value: [{ serialNumber: iamArn('mfa/root-account-mfa-device'), userArn: null, enableDate: daysAgo(30) }],
        },
      }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('root-account-mfa-device');
  });
  it('still fails on no MFA at all when only a leftover root-serial device exists (moto: AccountMFAEnabled is 0)', () => {
    const [r] = run(
      check,
      inv({
        accountSummary: { ok: true, value: { accountMfaEnabled: 0, accountAccessKeysPresent: 0 } },
        virtualMfaDevices: { ok: true, value: [{ serialNumber: iamArn('mfa/root-account-mfa-device'), userArn: null, enableDate: null }] },
      }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no MFA device');
  });
  it('fails when a virtual device of any name is assigned to root (AWS allows several MFA devices)', () => {
    const [r] = run(
      check,
      inv({
        virtualMfaDevices: { ok: true, value: [{ serialNumber: iamArn('mfa/my-phone'), userArn: iamArn('root'), enableDate: daysAgo(5) }] },
      }),
    );
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('mfa/my-phone');
  });
  it('fails on root’s assigned device with the AWS-given serial and User.Arn = root', () => {
    const [r] = run(
      check,
      inv({
        virtualMfaDevices: {
          ok: true,
          value: [{ serialNumber: iamArn('mfa/root-account-mfa-device'), userArn: iamArn('root'), enableDate: daysAgo(100) }],
        },
      }),
    );
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
