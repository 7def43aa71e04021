import {
  GenerateCredentialReportCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetServiceLastAccessedDetailsCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListAccessKeys,
  paginateListEntitiesForPolicy,
  paginateListMFADevices,
  paginateListServerCertificates,
  paginateListVirtualMFADevices,
  type GetAccountAuthorizationDetailsCommandOutput,
  type GetServiceLastAccessedDetailsCommandOutput,
  type ManagedPolicyDetail,
  type PolicyDetail,
} from '@aws-sdk/client-iam';
import type {
  IamAccessKey,
  IamAttachedPolicy,
  IamCredentialReport,
  IamCredentialReportRow,
  IamGroup,
  IamInlinePolicy,
  IamManagedPolicy,
  IamPolicyDocument,
  IamPolicyEntities,
  IamPolicyEntity,
  IamRole,
  IamSection,
  IamServiceLastAccessed,
  IamUser,
} from '../model/iam.js';
import type { Observed, ReadError } from '../model/observed.js';
import type { Collector } from './collector.js';
import { task, type CollectContext } from './context.js';
import { allPages, mapObserved, type ReadScope } from './read.js';
import { parsePolicyText } from './policy-text.js';

const GLOBAL = 'global';
/** How long to wait for the credential report to be generated (AWS usually takes seconds). */
const CREDENTIAL_REPORT_WAIT_MS = 60_000;
/**
 * Service last accessed details cost two or more calls per principal, under IAM's low rate limit;
 * above this many principals the read is skipped (and recorded as such) to keep scans bounded.
 * Counted over users and customer roles only: AWS-managed roles are never read.
 */
export const SERVICE_LAST_ACCESSED_MAX_PRINCIPALS = 200;
/** Total wait for all service-last-accessed jobs of a scan. */
const SERVICE_LAST_ACCESSED_WAIT_MS = 120_000;
/** AWS's "not configured" code for a missing password policy or policy; the SDK names the class with the suffix. */
const NO_SUCH_ENTITY = ['NoSuchEntity', 'NoSuchEntityException'];

/** What GetAccountAuthorizationDetails returned, all pages merged. */
export type Details = Required<
  Pick<GetAccountAuthorizationDetailsCommandOutput, 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'>
>;

export const iamCollector: Collector<'iam'> = {
  section: 'iam',
  collect: (ctx) => task(ctx, 'iam', GLOBAL, () => collectIam(ctx)),
};

async function collectIam(ctx: CollectContext): Promise<IamSection> {
  const client = ctx.clients.get(IAMClient, ctx.homeRegion);
  const account: ReadScope = { target: `arn:${ctx.partition}:iam::${ctx.accountId}:root`, region: GLOBAL };

  const [accountSummary, credentialReport, passwordPolicy, details, virtualMfaDevices, serverCertificates, samlProviders, oidcProviders] =
    await Promise.all([
      readAccountSummary(ctx, client, account),
      readCredentialReport(ctx, client, account),
      readPasswordPolicy(ctx, client, account),
      readAccountAuthorizationDetails(ctx, client, account),
      readVirtualMfaDevices(ctx, client, account),
      readServerCertificates(ctx, client, account),
      readSamlProviders(ctx, client, account),
      readOidcProviders(ctx, client, account),
    ]);

  const policyArn = (name: string) => `arn:${ctx.partition}:iam::aws:policy/${name}`;
  const roles = mapObserved(details, (d) => d.RoleDetailList);
  const [users, supportAccessEntities, cloudShellFullAccessEntities] = await Promise.all([
    details.ok ? collectUsers(ctx, client, details.value) : Promise.resolve(details),
    readEntitiesForPolicy(ctx, client, policyArn('AWSSupportAccess'), details),
    readEntitiesForPolicy(ctx, client, policyArn('AWSCloudShellFullAccess'), details),
  ]);

  // AWS-managed roles are left out of the calls and of the principal cap: their grants are AWS's,
  // not the account's to trim, so the check skips them anyway.
  const lastAccessed =
    users.ok && roles.ok
      ? await readServiceLastAccessed(ctx, client, [
          ...users.value.map((u) => u.arn),
          ...roles.value.filter((r) => !isAwsManagedRole(r)).map((r) => r.Arn ?? ''),
        ])
      : new Map<string, Observed<IamServiceLastAccessed[]>>();
  const lastAccessedOf = (arn: string): Observed<IamServiceLastAccessed[]> =>
    lastAccessed.get(arn) ?? {
      ok: false,
      error: {
        action: 'iam:GenerateServiceLastAccessedDetails',
        kind: 'other',
        target: arn,
        region: GLOBAL,
        message: 'not read because the principal list could not be read',
      },
    };

  return {
    accountSummary,
    credentialReport,
    passwordPolicy,
    users: mapObserved(users, (list) => list.map((u) => ({ ...u, serviceLastAccessed: lastAccessedOf(u.arn) }))),
    groups: mapObserved(details, (d) => d.GroupDetailList.map(toGroup)),
    roles: mapObserved(roles, (list) => list.map((r) => toRole(r, isAwsManagedRole(r) ? null : lastAccessedOf(r.Arn ?? '')))),
    policies: mapObserved(details, (d) => d.Policies.filter(keepPolicy).map((p) => toManagedPolicy(p))),
    virtualMfaDevices,
    serverCertificates,
    samlProviders,
    oidcProviders,
    supportAccessEntities,
    cloudShellFullAccessEntities,
  };
}

// ---- account-level reads ----

async function readAccountSummary(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['accountSummary']> {
  const res = await ctx.reader.read('iam:GetAccountSummary', scope, () => client.send(new GetAccountSummaryCommand({})));
  return mapObserved(res, (r) => ({
    accountMfaEnabled: r.SummaryMap?.['AccountMFAEnabled'] ?? 0,
    accountAccessKeysPresent: r.SummaryMap?.['AccountAccessKeysPresent'] ?? 0,
  }));
}

async function readPasswordPolicy(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['passwordPolicy']> {
  const res = await ctx.reader.read('iam:GetAccountPasswordPolicy', scope, () => client.send(new GetAccountPasswordPolicyCommand({})), {
    absentWhen: NO_SUCH_ENTITY,
  });
  return mapObserved(res, (r) => {
    const p = r?.PasswordPolicy;
    if (!p) return null;
    return {
      minimumPasswordLength: p.MinimumPasswordLength ?? null,
      requireSymbols: p.RequireSymbols ?? false,
      requireNumbers: p.RequireNumbers ?? false,
      requireUppercaseCharacters: p.RequireUppercaseCharacters ?? false,
      requireLowercaseCharacters: p.RequireLowercaseCharacters ?? false,
      expirePasswords: p.ExpirePasswords ?? false,
      // AWS omits MaxPasswordAge / PasswordReusePrevention when unset; 0 means the same.
      maxPasswordAge: p.MaxPasswordAge ? p.MaxPasswordAge : null,
      passwordReusePrevention: p.PasswordReusePrevention ? p.PasswordReusePrevention : null,
    };
  });
}

/**
 * GenerateCredentialReport answers STARTED / INPROGRESS / COMPLETE; AWS recommends calling it
 * again until COMPLETE, then reading the report. Polling Generate (rather than Get, which throws
 * ReportInProgress) keeps transient states out of the read errors.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 */
async function readCredentialReport(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['credentialReport']> {
  const deadline = Date.now() + CREDENTIAL_REPORT_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const gen = await ctx.reader.read('iam:GenerateCredentialReport', scope, () => client.send(new GenerateCredentialReportCommand({})));
    if (!gen.ok) return gen;
    if (gen.value.State === 'COMPLETE') break;
    if (Date.now() >= deadline) {
      return notRead(
        'iam:GenerateCredentialReport',
        scope,
        `the credential report was still ${gen.value.State ?? 'in progress'} after ${CREDENTIAL_REPORT_WAIT_MS / 1000} s`,
      );
    }
    await sleep(Math.min(2_000, 250 * 2 ** attempt));
  }
  const res = await ctx.reader.read('iam:GetCredentialReport', scope, () => client.send(new GetCredentialReportCommand({})));
  if (!res.ok) return res;
  const content = res.value.Content;
  if (!content) return notRead('iam:GetCredentialReport', scope, 'GetCredentialReport returned no content');
  return { ok: true, value: parseCredentialReport(new TextDecoder().decode(content), res.value.GeneratedTime) };
}

function notRead(action: string, scope: ReadScope, message: string): { ok: false; error: ReadError } {
  return { ok: false, error: { action, kind: 'other', target: scope.target, region: scope.region, message } };
}

const ROOT_ROW = '<root_account>';

/** Parses the credential report CSV (AWS's 22 columns), keeping only what checks read. */
export function parseCredentialReport(csv: string, generatedTime: Date | undefined): IamCredentialReport {
  const [header, ...rows] = parseCsv(csv);
  const cols = header ?? [];
  const rowsOut: IamCredentialReportRow[] = [];
  let root: IamCredentialReportRow | null = null;
  for (const cells of rows) {
    if (cells.length === 1 && cells[0] === '') continue;
    const get = (name: string): string | null => {
      const i = cols.indexOf(name);
      const v = i >= 0 ? cells[i] : undefined;
      // 'N/A' (no key or never), 'no_information' (never used / before tracking) and
      // 'not_supported' (root's password_enabled) all mean "no value".
      return v === undefined || v === '' || v === 'N/A' || v === 'no_information' || v === 'not_supported' ? null : v;
    };
    const date = (name: string): string | null => {
      const v = get(name);
      if (v === null) return null;
      const t = Date.parse(v);
      return Number.isNaN(t) ? null : new Date(t).toISOString();
    };
    const bool = (name: string): boolean | null => {
      const v = get(name);
      return v === null ? null : v.toLowerCase() === 'true';
    };
    const row: IamCredentialReportRow = {
      user: get('user') ?? '',
      arn: get('arn') ?? '',
      region: 'global',
      userCreationTime: date('user_creation_time'),
      passwordEnabled: bool('password_enabled'),
      passwordLastUsed: date('password_last_used'),
      passwordLastChanged: date('password_last_changed'),
      mfaActive: bool('mfa_active'),
      accessKey1Active: bool('access_key_1_active'),
      accessKey1LastRotated: date('access_key_1_last_rotated'),
      accessKey1LastUsedDate: date('access_key_1_last_used_date'),
      accessKey2Active: bool('access_key_2_active'),
      accessKey2LastRotated: date('access_key_2_last_rotated'),
      accessKey2LastUsedDate: date('access_key_2_last_used_date'),
    };
    if (row.user === ROOT_ROW) root = row;
    else rowsOut.push(row);
  }
  return { generatedTime: generatedTime ? generatedTime.toISOString() : null, root, users: rowsOut };
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines; user names may contain commas). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function readVirtualMfaDevices(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['virtualMfaDevices']> {
  return ctx.reader.read('iam:ListVirtualMFADevices', scope, () =>
    allPages(paginateListVirtualMFADevices({ client }, {}), (p) =>
      (p.VirtualMFADevices ?? []).map((d) => ({
        serialNumber: d.SerialNumber ?? '',
        userArn: d.User?.Arn ?? null,
        enableDate: iso(d.EnableDate),
      })),
    ),
  );
}

async function readServerCertificates(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['serverCertificates']> {
  return ctx.reader.read('iam:ListServerCertificates', scope, () =>
    allPages(paginateListServerCertificates({ client }, {}), (p) =>
      (p.ServerCertificateMetadataList ?? []).map((c) => ({
        arn: c.Arn ?? '',
        region: 'global' as const,
        serverCertificateName: c.ServerCertificateName ?? '',
        expiration: iso(c.Expiration),
        uploadDate: iso(c.UploadDate),
      })),
    ),
  );
}

async function readSamlProviders(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['samlProviders']> {
  const res = await ctx.reader.read('iam:ListSAMLProviders', scope, () => client.send(new ListSAMLProvidersCommand({})));
  return mapObserved(res, (r) =>
    (r.SAMLProviderList ?? []).map((p) => ({
      arn: p.Arn ?? '',
      region: 'global' as const,
      validUntil: iso(p.ValidUntil),
      createDate: iso(p.CreateDate),
    })),
  );
}

async function readOidcProviders(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['oidcProviders']> {
  const res = await ctx.reader.read('iam:ListOpenIDConnectProviders', scope, () => client.send(new ListOpenIDConnectProvidersCommand({})));
  return mapObserved(res, (r) => (r.OpenIDConnectProviderList ?? []).map((p) => ({ arn: p.Arn ?? '', region: 'global' as const })));
}

// ---- principals and policies ----

/**
 * One paginated read for users, groups, roles and managed policies with their documents. AWS
 * managed policies are requested too (their documents matter when attached, e.g.
 * AdministratorAccess) but only attached ones are kept: there are more than 1,000 of them.
 */
async function readAccountAuthorizationDetails(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<Observed<Details>> {
  return ctx.reader.read('iam:GetAccountAuthorizationDetails', scope, async () => {
    const out: Details = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] };
    const pages = paginateGetAccountAuthorizationDetails(
      { client },
      { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'] },
    );
    for await (const page of pages) {
      out.UserDetailList.push(...(page.UserDetailList ?? []));
      out.GroupDetailList.push(...(page.GroupDetailList ?? []));
      out.RoleDetailList.push(...(page.RoleDetailList ?? []));
      // Trim as we go: unattached AWS managed policies are most of the response.
      out.Policies.push(...(page.Policies ?? []).filter(keepPolicy));
    }
    return out;
  });
}

function isAwsManagedArn(arn: string | undefined): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn ?? '');
}

function keepPolicy(p: ManagedPolicyDetail): boolean {
  return !isAwsManagedArn(p.Arn) || (p.AttachmentCount ?? 0) > 0;
}

function toManagedPolicy(p: ManagedPolicyDetail): IamManagedPolicy {
  const def =
    (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ??
    (p.PolicyVersionList ?? []).find((v) => v.VersionId === p.DefaultVersionId);
  return {
    arn: p.Arn ?? '',
    region: 'global',
    // moto leaves PolicyName out of GetAccountAuthorizationDetails; the ARN ends with it.
    policyName: p.PolicyName ?? (p.Arn ?? '').split('/').pop() ?? '',
    path: p.Path ?? '/',
    awsManaged: isAwsManagedArn(p.Arn),
    attachmentCount: p.AttachmentCount ?? 0,
    permissionsBoundaryUsageCount: p.PermissionsBoundaryUsageCount ?? 0,
    defaultVersionId: p.DefaultVersionId ?? def?.VersionId ?? '',
    document: decodePolicyDocument(def?.Document),
  };
}

/** An IAM policy document (URL-encoded by AWS) as JSON, or its raw text when it does not parse. */
export function decodePolicyDocument(text: string | undefined): IamPolicyDocument | null {
  return parsePolicyText(text) as IamPolicyDocument | null;
}

function attached(list: { PolicyName?: string; PolicyArn?: string }[] | undefined): IamAttachedPolicy[] {
  return (list ?? []).map((p) => ({ policyName: p.PolicyName ?? '', policyArn: p.PolicyArn ?? '' }));
}

function inline(list: PolicyDetail[] | undefined): IamInlinePolicy[] {
  return (list ?? []).map((p) => ({ policyName: p.PolicyName ?? '', policyDocument: decodePolicyDocument(p.PolicyDocument) }));
}

function toGroup(g: Details['GroupDetailList'][number]): IamGroup {
  return {
    arn: g.Arn ?? '',
    region: 'global',
    groupName: g.GroupName ?? '',
    groupId: g.GroupId ?? '',
    path: g.Path ?? '/',
    attachedManagedPolicies: attached(g.AttachedManagedPolicies),
    groupPolicyList: inline(g.GroupPolicyList),
  };
}

/**
 * Service-linked roles (/aws-service-role/) and AWS-reserved roles such as IAM Identity Center's
 * permission-set roles (/aws-reserved/): AWS defines and maintains their permissions.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */
function isAwsManagedRole(r: Details['RoleDetailList'][number]): boolean {
  const path = r.Path ?? '/';
  return path.startsWith('/aws-service-role/') || path.startsWith('/aws-reserved/');
}

function toRole(r: Details['RoleDetailList'][number], serviceLastAccessed: IamRole['serviceLastAccessed']): IamRole {
  return {
    arn: r.Arn ?? '',
    region: 'global',
    roleName: r.RoleName ?? '',
    roleId: r.RoleId ?? '',
    path: r.Path ?? '/',
    createDate: iso(r.CreateDate),
    assumeRolePolicyDocument: decodePolicyDocument(r.AssumeRolePolicyDocument),
    attachedManagedPolicies: attached(r.AttachedManagedPolicies),
    rolePolicyList: inline(r.RolePolicyList),
    instanceProfileArns: (r.InstanceProfileList ?? []).map((p) => p.Arn ?? '').filter(Boolean),
    serviceLastAccessed,
  };
}

type UserWithoutLastAccessed = Omit<IamUser, 'serviceLastAccessed'>;

/** Users from the authorization details, plus their access keys and MFA devices (per-user reads, concurrent). */
async function collectUsers(ctx: CollectContext, client: IAMClient, details: Details): Promise<Observed<UserWithoutLastAccessed[]>> {
  const users = await Promise.all(
    details.UserDetailList.map(async (u): Promise<UserWithoutLastAccessed> => {
      const userName = u.UserName ?? '';
      const scope: ReadScope = { target: u.Arn ?? userName, region: GLOBAL };
      const [accessKeys, mfaDevices] = await Promise.all([
        readAccessKeys(ctx, client, userName, scope),
        readMfaDevices(ctx, client, userName, scope),
      ]);
      return {
        arn: u.Arn ?? '',
        region: 'global',
        userName,
        userId: u.UserId ?? '',
        path: u.Path ?? '/',
        createDate: iso(u.CreateDate),
        groupList: u.GroupList ?? [],
        attachedManagedPolicies: attached(u.AttachedManagedPolicies),
        userPolicyList: inline(u.UserPolicyList),
        accessKeys,
        mfaDevices,
      };
    }),
  );
  return { ok: true, value: users };
}

async function readAccessKeys(
  ctx: CollectContext,
  client: IAMClient,
  userName: string,
  scope: ReadScope,
): Promise<Observed<IamAccessKey[]>> {
  const keys = await ctx.reader.read('iam:ListAccessKeys', scope, () =>
    allPages(paginateListAccessKeys({ client }, { UserName: userName }), (p) => p.AccessKeyMetadata),
  );
  if (!keys.ok) return keys;
  const out = await Promise.all(
    keys.value.map(async (k): Promise<IamAccessKey> => {
      const accessKeyId = k.AccessKeyId ?? '';
      const lastUsed = await ctx.reader.read('iam:GetAccessKeyLastUsed', scope, () =>
        client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId })),
      );
      return {
        accessKeyId,
        status: k.Status === 'Inactive' || k.Status === 'Expired' ? k.Status : 'Active',
        createDate: iso(k.CreateDate),
        lastUsed: mapObserved(lastUsed, (r) => ({
          lastUsedDate: iso(r.AccessKeyLastUsed?.LastUsedDate),
          // 'N/A' when the key was never used.
          serviceName:
            r.AccessKeyLastUsed?.ServiceName && r.AccessKeyLastUsed.ServiceName !== 'N/A' ? r.AccessKeyLastUsed.ServiceName : null,
        })),
      };
    }),
  );
  return { ok: true, value: out };
}

async function readMfaDevices(ctx: CollectContext, client: IAMClient, userName: string, scope: ReadScope): Promise<IamUser['mfaDevices']> {
  return ctx.reader.read('iam:ListMFADevices', scope, () =>
    allPages(paginateListMFADevices({ client }, { UserName: userName }), (p) =>
      (p.MFADevices ?? []).map((d) => ({ serialNumber: d.SerialNumber ?? '', enableDate: iso(d.EnableDate) })),
    ),
  );
}

/**
 * Who has an AWS managed policy attached. Names and ids come back without ARNs; they are resolved
 * through the authorization details so that findings name the real (pathed) ARN.
 * PolicyUsageFilter=PermissionsPolicy: without it AWS also lists identities that use the policy
 * only as a permissions boundary, which grants nothing (a role bounded by AWSSupportAccess is not
 * a support role; one bounded by AWSCloudShellFullAccess does not have CloudShell access).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html
 */
export async function readEntitiesForPolicy(
  ctx: CollectContext,
  client: IAMClient,
  policyArn: string,
  details: Observed<Details>,
): Promise<Observed<IamPolicyEntities | null>> {
  const res = await ctx.reader.read(
    'iam:ListEntitiesForPolicy',
    { target: policyArn, region: GLOBAL },
    () =>
      allPages(
        paginateListEntitiesForPolicy({ client }, { PolicyArn: policyArn, PolicyUsageFilter: 'PermissionsPolicy' }),
        (p): IamPolicyEntity[] => [
          ...(p.PolicyUsers ?? []).map((e) => entity(ctx, details, 'user', e.UserName ?? '', e.UserId)),
          ...(p.PolicyGroups ?? []).map((e) => entity(ctx, details, 'group', e.GroupName ?? '', e.GroupId)),
          ...(p.PolicyRoles ?? []).map((e) => entity(ctx, details, 'role', e.RoleName ?? '', e.RoleId)),
        ],
      ),
    { absentWhen: NO_SUCH_ENTITY },
  );
  return mapObserved(res, (entities) => (entities === null ? null : { policyArn, entities }));
}

function entity(
  ctx: CollectContext,
  details: Observed<Details>,
  kind: IamPolicyEntity['kind'],
  name: string,
  id: string | undefined,
): IamPolicyEntity {
  let found: { Arn?: string; Path?: string } | undefined;
  if (details.ok) {
    if (kind === 'user') found = details.value.UserDetailList.find((u) => u.UserId === id || u.UserName === name);
    else if (kind === 'group') found = details.value.GroupDetailList.find((g) => g.GroupId === id || g.GroupName === name);
    else found = details.value.RoleDetailList.find((r) => r.RoleId === id || r.RoleName === name);
  }
  return {
    arn: found?.Arn ?? `arn:${ctx.partition}:iam::${ctx.accountId}:${kind}/${name}`,
    region: 'global',
    kind,
    name,
    path: found?.Path ?? null,
  };
}

// ---- service last accessed (checklist 1.21) ----

/**
 * Runs one GenerateServiceLastAccessedDetails job per principal and polls each to completion.
 * The first principal goes alone: if the API is denied or not supported there (moto answers 500),
 * every principal gets the same error instead of hundreds of failing calls.
 */
export async function readServiceLastAccessed(
  ctx: CollectContext,
  client: IAMClient,
  arns: string[],
): Promise<Map<string, Observed<IamServiceLastAccessed[]>>> {
  const out = new Map<string, Observed<IamServiceLastAccessed[]>>();
  const principals = arns.filter(Boolean);
  if (principals.length === 0) return out;
  if (principals.length > SERVICE_LAST_ACCESSED_MAX_PRINCIPALS) {
    for (const arn of principals) {
      out.set(
        arn,
        notRead(
          'iam:GenerateServiceLastAccessedDetails',
          { target: arn, region: GLOBAL },
          `skipped: ${principals.length} principals exceed the limit of ${SERVICE_LAST_ACCESSED_MAX_PRINCIPALS} for service last accessed details`,
        ),
      );
    }
    return out;
  }
  const deadline = Date.now() + SERVICE_LAST_ACCESSED_WAIT_MS;
  const [first, ...rest] = principals as [string, ...string[]];
  const firstResult = await readOneServiceLastAccessed(ctx, client, first, deadline);
  out.set(first, firstResult);
  if (
    !firstResult.ok &&
    firstResult.error.action === 'iam:GenerateServiceLastAccessedDetails' &&
    ['not-supported', 'access-denied'].includes(firstResult.error.kind)
  ) {
    for (const arn of rest) out.set(arn, { ok: false, error: { ...firstResult.error, target: arn } });
    return out;
  }
  const results = await Promise.all(rest.map(async (arn) => [arn, await readOneServiceLastAccessed(ctx, client, arn, deadline)] as const));
  for (const [arn, r] of results) out.set(arn, r);
  return out;
}

async function readOneServiceLastAccessed(
  ctx: CollectContext,
  client: IAMClient,
  arn: string,
  deadline: number,
): Promise<Observed<IamServiceLastAccessed[]>> {
  const scope: ReadScope = { target: arn, region: GLOBAL };
  const job = await ctx.reader.read('iam:GenerateServiceLastAccessedDetails', scope, () =>
    client.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn })),
  );
  if (!job.ok) return job;
  const jobId = job.value.JobId;
  if (!jobId) return notRead('iam:GenerateServiceLastAccessedDetails', scope, 'GenerateServiceLastAccessedDetails returned no JobId');
  const services: IamServiceLastAccessed[] = [];
  let marker: string | undefined;
  for (let attempt = 0; ;) {
    const page: Observed<GetServiceLastAccessedDetailsCommandOutput> = await ctx.reader.read(
      'iam:GetServiceLastAccessedDetails',
      scope,
      () => client.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, ...(marker ? { Marker: marker } : {}) })),
    );
    if (!page.ok) return page;
    const r = page.value;
    if (r.JobStatus === 'FAILED')
      return notRead('iam:GetServiceLastAccessedDetails', scope, `the job failed: ${r.Error?.Message ?? r.Error?.Code ?? 'no detail'}`);
    if (r.JobStatus === 'IN_PROGRESS') {
      if (Date.now() >= deadline)
        return notRead(
          'iam:GetServiceLastAccessedDetails',
          scope,
          `the job did not complete within ${SERVICE_LAST_ACCESSED_WAIT_MS / 1000} s`,
        );
      await sleep(Math.min(2_000, 250 * 2 ** attempt++));
      continue;
    }
    for (const s of r.ServicesLastAccessed ?? []) {
      services.push({
        serviceNamespace: s.ServiceNamespace ?? '',
        serviceName: s.ServiceName ?? '',
        lastAuthenticated: iso(s.LastAuthenticated),
      });
    }
    if (!r.IsTruncated || !r.Marker) return { ok: true, value: services };
    marker = r.Marker;
  }
}

// ---- helpers ----

function iso(d: Date | undefined): string | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
