import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';
import type { IamVirtualMfaDevice } from '../../model/iam.js';

/** AWS names the root user's virtual MFA device this way; assigned devices also carry User.Arn = ...:root. */
const ROOT_VIRTUAL_SERIAL_SUFFIX = ':mfa/root-account-mfa-device';
const ROOT_USER_ARN = /^arn:[^:]+:iam::\d{12}:root$/;

/**
 * Whether a virtual MFA device is the root user's. ListVirtualMFADevices returns root's assigned
 * device with User.Arn = arn:<partition>:iam::<account>:root and an EnableDate
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html). The root
 * serial alone proves nothing: a device created under that name and never enabled (or left behind
 * after root switched to a hardware key) is unassigned, has no EnableDate, and protects nobody. So
 * the serial counts only for an enabled device with no user, and never for one assigned to an IAM user.
 */
function isRootsVirtualDevice(d: IamVirtualMfaDevice): boolean {
  if (d.userArn !== null) return ROOT_USER_ARN.test(d.userArn);
  return d.serialNumber.endsWith(ROOT_VIRTUAL_SERIAL_SUFFIX) && d.enableDate !== null;
}

export const iamRootHardwareMfaEnabled = defineCheck({
  id: 'iam-root-hardware-mfa-enabled',
  title: 'The root user has hardware MFA enabled',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.6'], 'cis-3.0': ['1.6'], checklist: ['1.3'] },
  rationale:
    'A virtual MFA app lives on a phone that can be lost, cloned or compromised; a hardware key for the root user is kept offline and cannot be copied.',
  remediation: {
    summary: 'Sign in as the root user, assign a hardware TOTP token or FIDO security key, and remove the virtual MFA device.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const summary = inv.iam.accountSummary;
    if (!summary.ok) return [unknown(account, summary.error)];
    if (summary.value.accountMfaEnabled === 0) return [fail(account, 'The root user has no MFA device at all.')];
    const devices = inv.iam.virtualMfaDevices;
    if (!devices.ok) return [unknown(account, devices.error)];
    const rootVirtual = devices.value.filter(isRootsVirtualDevice);
    return rootVirtual.length > 0
      ? [fail(account, `The root user uses a virtual MFA device (${rootVirtual.map((d) => d.serialNumber).join(', ')}).`)]
      : [pass(account, 'The root user has MFA and no virtual MFA device assigned to it, so it uses hardware MFA.')];
  },
});
