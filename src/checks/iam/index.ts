import type { AnyCheck } from '../types.js';
import { iamRootAccessKeysAbsent } from './iam-root-access-keys-absent.js';
import { iamRootMfaEnabled } from './iam-root-mfa-enabled.js';
import { iamRootHardwareMfaEnabled } from './iam-root-hardware-mfa-enabled.js';
import { iamRootNotRecentlyUsed } from './iam-root-not-recently-used.js';
import { iamUserConsoleMfaEnabled } from './iam-user-console-mfa-enabled.js';
import { iamUserMfaEnabled } from './iam-user-mfa-enabled.js';
import { iamPasswordPolicyMinimumLength14 } from './iam-password-policy-minimum-length-14.js';
import { iamPasswordPolicyReusePrevention24 } from './iam-password-policy-reuse-prevention-24.js';
import { iamPasswordPolicyStrong } from './iam-password-policy-strong.js';
import { iamPasswordPolicyUppercaseRequired } from './iam-password-policy-uppercase-required.js';
import { iamPasswordPolicyLowercaseRequired } from './iam-password-policy-lowercase-required.js';
import { iamPasswordPolicySymbolsRequired } from './iam-password-policy-symbols-required.js';
import { iamPasswordPolicyNumbersRequired } from './iam-password-policy-numbers-required.js';
import { iamPasswordPolicyExpiresWithin90Days } from './iam-password-policy-expires-within-90-days.js';
import { iamPasswordPolicyPciConfiguration } from './iam-password-policy-pci-configuration.js';
import { iamUserAccessKeysRotated } from './iam-user-access-keys-rotated.js';
import { iamUserCredentialsUnused45DaysDisabled } from './iam-user-credentials-unused-45-days-disabled.js';
import { iamUserCredentialsUnused90DaysRemoved } from './iam-user-credentials-unused-90-days-removed.js';
import { iamUserSingleActiveAccessKey } from './iam-user-single-active-access-key.js';
import { iamUserNoLongLivedAccessKeys } from './iam-user-no-long-lived-access-keys.js';
import { iamUserConsoleNoUnusedAccessKeys } from './iam-user-console-no-unused-access-keys.js';
import { iamUserNoPoliciesAttached } from './iam-user-no-policies-attached.js';
import { iamPolicyNoFullAdmin } from './iam-policy-no-full-admin.js';
import { iamInlinePolicyNoFullAdmin } from './iam-inline-policy-no-full-admin.js';
import { iamAwsManagedAdminPolicyNotAttached } from './iam-aws-managed-admin-policy-not-attached.js';
import { iamPolicyNoServiceWildcardActions } from './iam-policy-no-service-wildcard-actions.js';
import { iamSupportRoleExists } from './iam-support-role-exists.js';
import { iamServerCertificateNotExpired } from './iam-server-certificate-not-expired.js';
import { iamCloudshellFullAccessNotAttached } from './iam-cloudshell-full-access-not-attached.js';
import { iamUserRecentlyUsed } from './iam-user-recently-used.js';
import { iamPrincipalNoUnusedServices } from './iam-principal-no-unused-services.js';
import { iamPrincipalManagedPoliciesUsed } from './iam-principal-managed-policies-used.js';
import { iamUserTagged } from './iam-user-tagged.js';
import { iamRoleTagged } from './iam-role-tagged.js';

/** Every iam check, imported explicitly (no filesystem discovery), in checklist order. */
export const iamChecks: AnyCheck[] = [
  iamRootAccessKeysAbsent,
  iamRootMfaEnabled,
  iamRootHardwareMfaEnabled,
  iamRootNotRecentlyUsed,
  iamUserConsoleMfaEnabled,
  iamUserMfaEnabled,
  iamPasswordPolicyMinimumLength14,
  iamPasswordPolicyReusePrevention24,
  iamPasswordPolicyStrong,
  iamPasswordPolicyUppercaseRequired,
  iamPasswordPolicyLowercaseRequired,
  iamPasswordPolicySymbolsRequired,
  iamPasswordPolicyNumbersRequired,
  iamPasswordPolicyExpiresWithin90Days,
  iamPasswordPolicyPciConfiguration,
  iamUserAccessKeysRotated,
  iamUserCredentialsUnused45DaysDisabled,
  iamUserCredentialsUnused90DaysRemoved,
  iamUserSingleActiveAccessKey,
  iamUserNoLongLivedAccessKeys,
  iamUserConsoleNoUnusedAccessKeys,
  iamUserNoPoliciesAttached,
  iamPolicyNoFullAdmin,
  iamInlinePolicyNoFullAdmin,
  iamAwsManagedAdminPolicyNotAttached,
  iamPolicyNoServiceWildcardActions,
  iamSupportRoleExists,
  iamServerCertificateNotExpired,
  iamCloudshellFullAccessNotAttached,
  iamUserRecentlyUsed,
  iamPrincipalNoUnusedServices,
  iamPrincipalManagedPoliciesUsed,
  iamRoleTagged,
  iamUserTagged,
];
