import { z } from 'zod';
import { IsoDate, observedSchema, optionalObservedSchema } from './observed.js';

/**
 * A policy document as parsed JSON. AWS URL-encodes documents and moto is inconsistent about it;
 * the collector decodes when needed and stores the parsed value (a string only if it was not JSON).
 */
export const IamPolicyDocument = z.json();
export type IamPolicyDocument = z.infer<typeof IamPolicyDocument>;

/** An inline policy of a user, group or role (GetAccountAuthorizationDetails *PolicyList). */
export const IamInlinePolicy = z.object({
  policyName: z.string(),
  policyDocument: IamPolicyDocument,
});
export type IamInlinePolicy = z.infer<typeof IamInlinePolicy>;

/** A managed policy attached to a principal (GetAccountAuthorizationDetails AttachedManagedPolicies). */
export const IamAttachedPolicy = z.object({
  policyName: z.string(),
  policyArn: z.string(),
});
export type IamAttachedPolicy = z.infer<typeof IamAttachedPolicy>;

/** One service a principal may use, and when it last did (GetServiceLastAccessedDetails ServicesLastAccessed). */
export const IamServiceLastAccessed = z.object({
  serviceNamespace: z.string(),
  serviceName: z.string(),
  /** null: never authenticated within the tracking period */
  lastAuthenticated: IsoDate.nullable(),
});
export type IamServiceLastAccessed = z.infer<typeof IamServiceLastAccessed>;

/**
 * The owner and state of one access key ID, looked up because a source-tree scan found it
 * (`scan --secrets`). IAM lists keys only per user; GetAccessKeyLastUsed names the owner of any key
 * of the account in one call, and ListAccessKeys(owner) gives its status.
 */
export const IamAccessKeyLookup = z.object({
  /** GetAccessKeyLastUsed UserName */
  userName: z.string(),
  /** ListAccessKeys(UserName) Status of this key (null: the owner's list does not hold it) */
  status: z.enum(['Active', 'Inactive', 'Expired']).nullable(),
  /** GetAccessKeyLastUsed AccessKeyLastUsed.LastUsedDate (null: never used) */
  lastUsedDate: IsoDate.nullable(),
  /** GetAccessKeyLastUsed AccessKeyLastUsed.ServiceName (null: never used) */
  serviceName: z.string().nullable(),
});
export type IamAccessKeyLookup = z.infer<typeof IamAccessKeyLookup>;

export const IamUser = z.object({
  arn: z.string(),
  region: z.literal('global'),
  /** GetAccountAuthorizationDetails UserDetailList[].UserName */
  userName: z.string(),
  /** GetAccountAuthorizationDetails UserDetailList[].UserId */
  userId: z.string(),
  /** GetAccountAuthorizationDetails UserDetailList[].Path */
  path: z.string(),
  /** GetAccountAuthorizationDetails UserDetailList[].CreateDate */
  createDate: IsoDate.nullable(),
  /** GetAccountAuthorizationDetails UserDetailList[].GroupList (group names) */
  groupList: z.array(z.string()),
  /** GetAccountAuthorizationDetails UserDetailList[].AttachedManagedPolicies */
  attachedManagedPolicies: z.array(IamAttachedPolicy),
  /** GetAccountAuthorizationDetails UserDetailList[].UserPolicyList */
  userPolicyList: z.array(IamInlinePolicy),
  /**
   * GetAccountAuthorizationDetails UserDetailList[].Tags as key -> value (aws: system tags
   * included). Absent: an inventory written before tags were recorded (tag checks say UNKNOWN).
   */
  tags: z.record(z.string(), z.string()).optional(),
  /** GenerateServiceLastAccessedDetails + GetServiceLastAccessedDetails */
  serviceLastAccessed: observedSchema(z.array(IamServiceLastAccessed)),
});
export type IamUser = z.infer<typeof IamUser>;

export const IamGroup = z.object({
  arn: z.string(),
  region: z.literal('global'),
  /** GetAccountAuthorizationDetails GroupDetailList[].GroupName */
  groupName: z.string(),
  /** GetAccountAuthorizationDetails GroupDetailList[].GroupId */
  groupId: z.string(),
  /** GetAccountAuthorizationDetails GroupDetailList[].Path */
  path: z.string(),
  /** GetAccountAuthorizationDetails GroupDetailList[].AttachedManagedPolicies */
  attachedManagedPolicies: z.array(IamAttachedPolicy),
  /** GetAccountAuthorizationDetails GroupDetailList[].GroupPolicyList */
  groupPolicyList: z.array(IamInlinePolicy),
});
export type IamGroup = z.infer<typeof IamGroup>;

/**
 * Roles AWS defines and maintains, by path: service-linked roles (/aws-service-role/) and IAM
 * Identity Center's permission-set roles (/aws-reserved/). The account cannot change their
 * permissions, so checks on the account's own roles skip them; one definition for every layer.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */
export function isAwsManagedRolePath(path: string): boolean {
  return path.startsWith('/aws-service-role/') || path.startsWith('/aws-reserved/');
}

export const IamRole = z.object({
  arn: z.string(),
  region: z.literal('global'),
  /** GetAccountAuthorizationDetails RoleDetailList[].RoleName */
  roleName: z.string(),
  /** GetAccountAuthorizationDetails RoleDetailList[].RoleId */
  roleId: z.string(),
  /** GetAccountAuthorizationDetails RoleDetailList[].Path ('/aws-service-role/' for service-linked roles) */
  path: z.string(),
  /** GetAccountAuthorizationDetails RoleDetailList[].CreateDate */
  createDate: IsoDate.nullable(),
  /** GetAccountAuthorizationDetails RoleDetailList[].AssumeRolePolicyDocument (trust policy) */
  assumeRolePolicyDocument: IamPolicyDocument.nullable(),
  /** GetAccountAuthorizationDetails RoleDetailList[].AttachedManagedPolicies */
  attachedManagedPolicies: z.array(IamAttachedPolicy),
  /** GetAccountAuthorizationDetails RoleDetailList[].RolePolicyList */
  rolePolicyList: z.array(IamInlinePolicy),
  /**
   * GetAccountAuthorizationDetails RoleDetailList[].Tags as key -> value (aws: system tags
   * included). Absent: an inventory written before tags were recorded (tag checks say UNKNOWN).
   */
  tags: z.record(z.string(), z.string()).optional(),
  /** GetAccountAuthorizationDetails RoleDetailList[].InstanceProfileList[].Arn */
  instanceProfileArns: z.array(z.string()),
  /**
   * GenerateServiceLastAccessedDetails + GetServiceLastAccessedDetails (null: not read, the role is
   * AWS-managed: path /aws-service-role/ or /aws-reserved/)
   */
  serviceLastAccessed: observedSchema(z.array(IamServiceLastAccessed)).nullable(),
});
export type IamRole = z.infer<typeof IamRole>;

export const IamManagedPolicy = z.object({
  arn: z.string(),
  region: z.literal('global'),
  /** GetAccountAuthorizationDetails Policies[].PolicyName */
  policyName: z.string(),
  /** GetAccountAuthorizationDetails Policies[].Path */
  path: z.string(),
  /** true for AWS managed policies (arn:<partition>:iam::aws:policy/...); only attached ones are kept */
  awsManaged: z.boolean(),
  /** GetAccountAuthorizationDetails Policies[].AttachmentCount */
  attachmentCount: z.number(),
  /** GetAccountAuthorizationDetails Policies[].PermissionsBoundaryUsageCount */
  permissionsBoundaryUsageCount: z.number(),
  /** GetAccountAuthorizationDetails Policies[].DefaultVersionId */
  defaultVersionId: z.string(),
  /** GetAccountAuthorizationDetails Policies[].PolicyVersionList[IsDefaultVersion].Document (null: no default version returned) */
  document: IamPolicyDocument.nullable(),
});
export type IamManagedPolicy = z.infer<typeof IamManagedPolicy>;

/**
 * One row of the credential report. The literals AWS documents for a column ('N/A',
 * 'no_information', 'not_supported') become null; a value that is neither such a literal nor a
 * strict ISO 8601 timestamp / true / false is null too, and its column is named in `unreadable`.
 */
export const IamCredentialReportRow = z.object({
  /** column user ('<root_account>' for the root row) */
  user: z.string(),
  /** column arn */
  arn: z.string(),
  region: z.literal('global'),
  /** column user_creation_time */
  userCreationTime: IsoDate.nullable(),
  /** column password_enabled (null for root: not_supported) */
  passwordEnabled: z.boolean().nullable(),
  /** column password_last_used (null: never used, or no information) */
  passwordLastUsed: IsoDate.nullable(),
  /** column password_last_changed */
  passwordLastChanged: IsoDate.nullable(),
  /** column mfa_active */
  mfaActive: z.boolean().nullable(),
  /** column access_key_1_active */
  accessKey1Active: z.boolean().nullable(),
  /** column access_key_1_last_rotated */
  accessKey1LastRotated: IsoDate.nullable(),
  /** column access_key_1_last_used_date (null: never used) */
  accessKey1LastUsedDate: IsoDate.nullable(),
  /** column access_key_2_active */
  accessKey2Active: z.boolean().nullable(),
  /** column access_key_2_last_rotated */
  accessKey2LastRotated: IsoDate.nullable(),
  /** column access_key_2_last_used_date (null: never used) */
  accessKey2LastUsedDate: IsoDate.nullable(),
  /** columns whose value could not be read, with the value (checks of such a row say UNKNOWN) */
  unreadable: z.array(z.string()).default([]),
});
export type IamCredentialReportRow = z.infer<typeof IamCredentialReportRow>;

export const IamCredentialReport = z.object({
  /** GetCredentialReport GeneratedTime */
  generatedTime: IsoDate.nullable(),
  /** the '<root_account>' row; null when the report has none (moto never writes one) */
  root: IamCredentialReportRow.nullable(),
  /** every other row: one per IAM user */
  users: z.array(IamCredentialReportRow),
  /** rows that could not be attributed to a user (wrong width that no anchor explains) */
  unreadableRows: z.number().int().nonnegative().default(0),
});
export type IamCredentialReport = z.infer<typeof IamCredentialReport>;

export const IamAccountSummary = z.object({
  /** GetAccountSummary SummaryMap.AccountMFAEnabled (1 when root has MFA) */
  accountMfaEnabled: z.number(),
  /** GetAccountSummary SummaryMap.AccountAccessKeysPresent (1 when root has access keys) */
  accountAccessKeysPresent: z.number(),
});
export type IamAccountSummary = z.infer<typeof IamAccountSummary>;

export const IamPasswordPolicy = z.object({
  /** GetAccountPasswordPolicy PasswordPolicy.MinimumPasswordLength */
  minimumPasswordLength: z.number().nullable(),
  /** GetAccountPasswordPolicy PasswordPolicy.RequireSymbols */
  requireSymbols: z.boolean(),
  /** GetAccountPasswordPolicy PasswordPolicy.RequireNumbers */
  requireNumbers: z.boolean(),
  /** GetAccountPasswordPolicy PasswordPolicy.RequireUppercaseCharacters */
  requireUppercaseCharacters: z.boolean(),
  /** GetAccountPasswordPolicy PasswordPolicy.RequireLowercaseCharacters */
  requireLowercaseCharacters: z.boolean(),
  /** GetAccountPasswordPolicy PasswordPolicy.ExpirePasswords */
  expirePasswords: z.boolean(),
  /** GetAccountPasswordPolicy PasswordPolicy.MaxPasswordAge (null: passwords never expire) */
  maxPasswordAge: z.number().nullable(),
  /** GetAccountPasswordPolicy PasswordPolicy.PasswordReusePrevention (null: reuse allowed) */
  passwordReusePrevention: z.number().nullable(),
});
export type IamPasswordPolicy = z.infer<typeof IamPasswordPolicy>;

export const IamVirtualMfaDevice = z.object({
  /** ListVirtualMFADevices SerialNumber */
  serialNumber: z.string(),
  /** ListVirtualMFADevices User.Arn (null: not assigned) */
  userArn: z.string().nullable(),
  /** ListVirtualMFADevices EnableDate */
  enableDate: IsoDate.nullable(),
});
export type IamVirtualMfaDevice = z.infer<typeof IamVirtualMfaDevice>;

export const IamServerCertificate = z.object({
  arn: z.string(),
  region: z.literal('global'),
  /** ListServerCertificates ServerCertificateName */
  serverCertificateName: z.string(),
  /** ListServerCertificates Expiration */
  expiration: IsoDate.nullable(),
  /** ListServerCertificates UploadDate */
  uploadDate: IsoDate.nullable(),
});
export type IamServerCertificate = z.infer<typeof IamServerCertificate>;

export const IamSamlProvider = z.object({
  arn: z.string(),
  region: z.literal('global'),
  /** ListSAMLProviders ValidUntil */
  validUntil: IsoDate.nullable(),
  /** ListSAMLProviders CreateDate */
  createDate: IsoDate.nullable(),
});
export type IamSamlProvider = z.infer<typeof IamSamlProvider>;

export const IamOidcProvider = z.object({
  /** ListOpenIDConnectProviders Arn */
  arn: z.string(),
  region: z.literal('global'),
});
export type IamOidcProvider = z.infer<typeof IamOidcProvider>;

/** An identity a managed policy is attached to (ListEntitiesForPolicy PolicyUsers/PolicyGroups/PolicyRoles). */
export const IamPolicyEntity = z.object({
  /** resolved from the name and id through GetAccountAuthorizationDetails (built without a path if not found) */
  arn: z.string(),
  region: z.literal('global'),
  kind: z.enum(['user', 'group', 'role']),
  /** UserName / GroupName / RoleName */
  name: z.string(),
  /** path of the role ('/aws-service-role/', ...) when known */
  path: z.string().nullable(),
});
export type IamPolicyEntity = z.infer<typeof IamPolicyEntity>;

export const IamPolicyEntities = z.object({
  policyArn: z.string(),
  entities: z.array(IamPolicyEntity),
});
export type IamPolicyEntities = z.infer<typeof IamPolicyEntities>;

export const IamSection = z.object({
  /** GetAccountSummary */
  accountSummary: observedSchema(IamAccountSummary),
  /** GenerateCredentialReport + GetCredentialReport */
  credentialReport: observedSchema(IamCredentialReport),
  /** GetAccountPasswordPolicy (null: NoSuchEntity, no policy set) */
  passwordPolicy: optionalObservedSchema(IamPasswordPolicy),
  /**
   * GetAccountAuthorizationDetails UserDetailList (+ service last accessed details). Access keys
   * and MFA come from the credential report: no call per user.
   */
  users: observedSchema(z.array(IamUser)),
  /** GetAccountAuthorizationDetails GroupDetailList */
  groups: observedSchema(z.array(IamGroup)),
  /** GetAccountAuthorizationDetails RoleDetailList */
  roles: observedSchema(z.array(IamRole)),
  /** GetAccountAuthorizationDetails Policies: every customer managed policy, and AWS managed ones only when attached */
  policies: observedSchema(z.array(IamManagedPolicy)),
  /** ListVirtualMFADevices */
  virtualMfaDevices: observedSchema(z.array(IamVirtualMfaDevice)),
  /** ListServerCertificates */
  serverCertificates: observedSchema(z.array(IamServerCertificate)),
  /** ListSAMLProviders */
  samlProviders: observedSchema(z.array(IamSamlProvider)),
  /** ListOpenIDConnectProviders */
  oidcProviders: observedSchema(z.array(IamOidcProvider)),
  /** ListEntitiesForPolicy(arn:<partition>:iam::aws:policy/AWSSupportAccess) (null: the policy does not exist) */
  supportAccessEntities: optionalObservedSchema(IamPolicyEntities),
  /** ListEntitiesForPolicy(arn:<partition>:iam::aws:policy/AWSCloudShellFullAccess) (null: the policy does not exist) */
  cloudShellFullAccessEntities: optionalObservedSchema(IamPolicyEntities),
  /**
   * Access key IDs found by `scan --secrets`, each looked up in the account (null: NoSuchEntity, no
   * IAM user of this account has it). Absent when no scan asked for any.
   */
  accessKeyLookups: z.record(z.string(), optionalObservedSchema(IamAccessKeyLookup)).optional(),
});
export type IamSection = z.infer<typeof IamSection>;
