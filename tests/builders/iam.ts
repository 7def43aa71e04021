/**
 * IAM builders: compliant defaults, so a test states only what makes its case fail. Used inside
 * functions only (index.ts imports this module too).
 */
import type {
  IamCredentialReportRow,
  IamGroup,
  IamManagedPolicy,
  IamPasswordPolicy,
  IamPolicyDocument,
  IamPolicyEntity,
  IamRole,
  IamSection,
  IamServiceLastAccessed,
  IamUser,
} from '../../src/model/iam.js';
import { ACCOUNT_ID, daysAgo } from './common.js';

export const iamArn = (resource: string) => `arn:aws:iam::${ACCOUNT_ID}:${resource}`;
export const ROOT_ARN = () => iamArn('root');

export const doc = (...statements: Record<string, unknown>[]): IamPolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements as IamPolicyDocument[],
});
export const ADMIN_STATEMENT = { Effect: 'Allow', Action: '*', Resource: '*' };
export const scopedDoc = () => doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::app-data/*' });

export function serviceLastAccessed(overrides: Partial<IamServiceLastAccessed> = {}): IamServiceLastAccessed {
  return { serviceNamespace: 's3', serviceName: 'Amazon S3', lastAuthenticated: daysAgo(2), ...overrides };
}

export function iamUser(overrides: Partial<IamUser> = {}): IamUser {
  const userName = overrides.userName ?? 'alice';
  return {
    arn: iamArn(`user/${userName}`),
    region: 'global',
    userName,
    userId: `AIDA${userName.toUpperCase()}`,
    path: '/',
    createDate: daysAgo(400),
    groupList: ['developers'],
    attachedManagedPolicies: [],
    userPolicyList: [],
    tags: { team: 'platform' },
    serviceLastAccessed: { ok: true, value: [serviceLastAccessed()] },
    ...overrides,
  };
}

export function iamGroup(overrides: Partial<IamGroup> = {}): IamGroup {
  const groupName = overrides.groupName ?? 'developers';
  return {
    arn: iamArn(`group/${groupName}`),
    region: 'global',
    groupName,
    groupId: `AGPA${groupName.toUpperCase()}`,
    path: '/',
    attachedManagedPolicies: [{ policyName: 'developer-access', policyArn: iamArn('policy/developer-access') }],
    groupPolicyList: [],
    ...overrides,
  };
}

export function iamRole(overrides: Partial<IamRole> = {}): IamRole {
  const roleName = overrides.roleName ?? 'app';
  const path = overrides.path ?? '/';
  return {
    arn: iamArn(`role${path}${roleName}`),
    region: 'global',
    roleName,
    roleId: `AROA${roleName.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
    path,
    createDate: daysAgo(300),
    assumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    attachedManagedPolicies: [{ policyName: 'developer-access', policyArn: iamArn('policy/developer-access') }],
    rolePolicyList: [],
    instanceProfileArns: [iamArn(`instance-profile/${roleName}`)],
    tags: { team: 'platform' },
    serviceLastAccessed: { ok: true, value: [serviceLastAccessed()] },
    ...overrides,
  };
}

export function iamManagedPolicy(overrides: Partial<IamManagedPolicy> = {}): IamManagedPolicy {
  const policyName = overrides.policyName ?? 'developer-access';
  const awsManaged = overrides.awsManaged ?? false;
  return {
    arn: awsManaged ? `arn:aws:iam::aws:policy/${policyName}` : iamArn(`policy/${policyName}`),
    region: 'global',
    policyName,
    path: '/',
    awsManaged,
    attachmentCount: 2,
    permissionsBoundaryUsageCount: 0,
    defaultVersionId: 'v1',
    document: scopedDoc(),
    ...overrides,
  };
}

/** A credential report row for a user that signs in with MFA and uses one recent key. */
export function reportRow(overrides: Partial<IamCredentialReportRow> = {}): IamCredentialReportRow {
  const user = overrides.user ?? 'alice';
  return {
    user,
    arn: iamArn(`user/${user}`),
    region: 'global',
    userCreationTime: daysAgo(400),
    passwordEnabled: true,
    passwordLastUsed: daysAgo(2),
    passwordLastChanged: daysAgo(30),
    mfaActive: true,
    accessKey1Active: true,
    accessKey1LastRotated: daysAgo(10),
    accessKey1LastUsedDate: daysAgo(1),
    accessKey2Active: false,
    accessKey2LastRotated: null,
    accessKey2LastUsedDate: null,
    unreadable: [],
    ...overrides,
  };
}

/** The root row: MFA on, no keys, last used long ago. */
export function rootRow(overrides: Partial<IamCredentialReportRow> = {}): IamCredentialReportRow {
  return reportRow({
    user: '<root_account>',
    arn: ROOT_ARN(),
    userCreationTime: daysAgo(1000),
    passwordEnabled: null,
    passwordLastUsed: daysAgo(200),
    passwordLastChanged: null,
    accessKey1Active: false,
    accessKey1LastRotated: null,
    accessKey1LastUsedDate: null,
    ...overrides,
  });
}

export function strongPasswordPolicy(overrides: Partial<IamPasswordPolicy> = {}): IamPasswordPolicy {
  return {
    minimumPasswordLength: 14,
    requireSymbols: true,
    requireNumbers: true,
    requireUppercaseCharacters: true,
    requireLowercaseCharacters: true,
    expirePasswords: true,
    maxPasswordAge: 90,
    passwordReusePrevention: 24,
    ...overrides,
  };
}

export function policyEntity(kind: IamPolicyEntity['kind'], name: string, path = '/'): IamPolicyEntity {
  return { arn: iamArn(`${kind}${path}${name}`), region: 'global', kind, name, path };
}

const NO_KEYS = { accessKey1Active: false, accessKey1LastRotated: null, accessKey1LastUsedDate: null } as const;

/** A fully compliant iam section with at least one resource per kind. */
export function compliantIamSection(): IamSection {
  return {
    accountSummary: { ok: true, value: { accountMfaEnabled: 1, accountAccessKeysPresent: 0 } },
    credentialReport: {
      ok: true,
      value: {
        generatedTime: daysAgo(0),
        root: rootRow(),
        // No access keys: workloads use roles (checklist 2.6); the key checks have their own fixtures.
        users: [
          reportRow(NO_KEYS),
          // A user with neither a password nor a key would be unused (iam-user-recently-used): ci-bot signs in too.
          reportRow({ ...NO_KEYS, user: 'ci-bot' }),
        ],
        unreadableRows: 0,
      },
    },
    passwordPolicy: { ok: true, value: strongPasswordPolicy() },
    users: { ok: true, value: [iamUser(), iamUser({ userName: 'ci-bot', groupList: ['deployers'] })] },
    groups: { ok: true, value: [iamGroup(), iamGroup({ groupName: 'deployers' })] },
    roles: {
      ok: true,
      value: [
        iamRole(),
        iamRole({
          roleName: 'support',
          attachedManagedPolicies: [{ policyName: 'AWSSupportAccess', policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }],
          instanceProfileArns: [],
        }),
        // Service-linked roles carry AWS-written inline policies and are out of scope; the collector
        // does not read their service last accessed details (null).
        iamRole({
          roleName: 'AWSServiceRoleForSupport',
          path: '/aws-service-role/support.amazonaws.com/',
          rolePolicyList: [{ policyName: 'aws-written', policyDocument: scopedDoc() }],
          serviceLastAccessed: null,
        }),
      ],
    },
    policies: {
      ok: true,
      value: [
        iamManagedPolicy(),
        iamManagedPolicy({
          policyName: 'AWSSupportAccess',
          awsManaged: true,
          attachmentCount: 1,
          document: doc({ Effect: 'Allow', Action: ['support:*'], Resource: '*' }),
        }),
      ],
    },
    virtualMfaDevices: {
      ok: true,
      value: [{ serialNumber: iamArn('mfa/alice'), userArn: iamArn('user/alice'), enableDate: daysAgo(399) }],
    },
    serverCertificates: {
      ok: true,
      value: [
        {
          arn: iamArn('server-certificate/www'),
          region: 'global',
          serverCertificateName: 'www',
          expiration: daysAgo(-200),
          uploadDate: daysAgo(100),
        },
      ],
    },
    samlProviders: {
      ok: true,
      value: [{ arn: iamArn('saml-provider/corp-idp'), region: 'global', validUntil: daysAgo(-3000), createDate: daysAgo(500) }],
    },
    oidcProviders: { ok: true, value: [{ arn: iamArn('oidc-provider/token.actions.githubusercontent.com'), region: 'global' }] },
    supportAccessEntities: {
      ok: true,
      value: { policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess', entities: [policyEntity('role', 'support')] },
    },
    cloudShellFullAccessEntities: { ok: true, value: { policyArn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess', entities: [] } },
  };
}

/** The compliant section with some fields replaced. */
export function iamSection(overrides: Partial<IamSection> = {}): IamSection {
  return { ...compliantIamSection(), ...overrides };
}

/**
 * The credential report with these user rows and a users list holding exactly those users, so
 * that no listed user is missing from the report (see withReportMissing for that case).
 */
export function withReport(
  rows: IamCredentialReportRow[],
  root: IamCredentialReportRow | null = rootRow(),
): Pick<IamSection, 'credentialReport' | 'users'> {
  return {
    credentialReport: reportWith(rows, root),
    users: { ok: true, value: rows.map((r) => iamUser({ userName: r.user, arn: r.arn })) },
  };
}

/**
 * A report that predates user `missing` (GenerateCredentialReport reuses a report younger than
 * 4 hours): the users list holds it, the report generated at `generatedTime` does not.
 */
export function withReportMissing(
  rows: IamCredentialReportRow[],
  missing: string,
  generatedTime = daysAgo(0.1),
): Pick<IamSection, 'credentialReport' | 'users'> {
  const listed = rows.map((r) => iamUser({ userName: r.user, arn: r.arn }));
  return {
    credentialReport: { ok: true, value: { generatedTime, root: rootRow(), users: rows, unreadableRows: 0 } },
    users: { ok: true, value: [...listed, iamUser({ userName: missing, createDate: daysAgo(0.05) })] },
  };
}

/** A credential report with these user rows (and the compliant root row unless given). */
export function reportWith(
  users: IamCredentialReportRow[],
  root: IamCredentialReportRow | null = rootRow(),
): IamSection['credentialReport'] {
  return { ok: true, value: { generatedTime: daysAgo(0), root, users, unreadableRows: 0 } };
}
