/**
 * Users, groups, roles and managed policies (one GetAccountAuthorizationDetails read), and who
 * holds a given AWS managed policy.
 */
import {
  paginateGetAccountAuthorizationDetails,
  paginateListEntitiesForPolicy,
  type GetAccountAuthorizationDetailsCommandOutput,
  type IAMClient,
  type ManagedPolicyDetail,
  type PolicyDetail,
} from '@aws-sdk/client-iam';
import type {
  IamAttachedPolicy,
  IamGroup,
  IamInlinePolicy,
  IamManagedPolicy,
  IamPolicyDocument,
  IamPolicyEntities,
  IamPolicyEntity,
  IamRole,
  IamUser,
} from '../../model/iam.js';
import { isAwsManagedRolePath } from '../../model/iam.js';
import type { Observed } from '../../model/observed.js';
import type { CollectContext } from '../kit/context.js';
import { allPages } from '../kit/list.js';
import { mapObserved } from '../kit/observed.js';
import { parsePolicyText } from '../kit/policy-text.js';
import type { ReadScope } from '../kit/read.js';
import { iso } from '../kit/time.js';
import { GLOBAL, NO_SUCH_ENTITY, IAM_MAX_ITEMS } from './common.js';

/** What GetAccountAuthorizationDetails returned, all pages merged. */
export type Details = Required<
  Pick<GetAccountAuthorizationDetailsCommandOutput, 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'>
>;

export type UserWithoutLastAccessed = Omit<IamUser, 'serviceLastAccessed'>;

/**
 * One paginated read for users, groups, roles and managed policies with their documents. AWS
 * managed policies are requested too (their documents matter when attached, e.g.
 * AdministratorAccess) but only attached ones are kept: there are more than 1,000 of them.
 */
export async function readAccountAuthorizationDetails(
  ctx: CollectContext,
  client: IAMClient,
  scope: ReadScope,
): Promise<Observed<Details>> {
  return ctx.reader.read('iam:GetAccountAuthorizationDetails', scope, async () => {
    const out: Details = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] };
    const pages = paginateGetAccountAuthorizationDetails(
      { client, pageSize: IAM_MAX_ITEMS },
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

export function keepPolicy(p: ManagedPolicyDetail): boolean {
  return !isAwsManagedArn(p.Arn) || (p.AttachmentCount ?? 0) > 0;
}

export function toManagedPolicy(p: ManagedPolicyDetail): IamManagedPolicy {
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

export function toGroup(g: Details['GroupDetailList'][number]): IamGroup {
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

/** IAM tags (a Key/Value list) as a map; a tag without a key is dropped. */
function tagMap(tags: readonly { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).filter((t) => t.Key !== undefined).map((t) => [t.Key ?? '', t.Value ?? '']));
}

/** Roles AWS defines and maintains (one definition with the checks: model/iam.ts). */
export function isAwsManagedRole(r: Details['RoleDetailList'][number]): boolean {
  return isAwsManagedRolePath(r.Path ?? '/');
}

export function toRole(r: Details['RoleDetailList'][number], serviceLastAccessed: IamRole['serviceLastAccessed']): IamRole {
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
    tags: tagMap(r.Tags),
    serviceLastAccessed,
  };
}

/**
 * Users from the authorization details. Their access keys and MFA state come from the credential
 * report, which covers every user in one read: no ListAccessKeys / ListMFADevices /
 * GetAccessKeyLastUsed per user (1,350 calls for 500 users under IAM's ~15 calls/s).
 */
export function toUser(u: Details['UserDetailList'][number]): UserWithoutLastAccessed {
  return {
    arn: u.Arn ?? '',
    region: 'global',
    userName: u.UserName ?? '',
    userId: u.UserId ?? '',
    path: u.Path ?? '/',
    createDate: iso(u.CreateDate),
    groupList: u.GroupList ?? [],
    attachedManagedPolicies: attached(u.AttachedManagedPolicies),
    userPolicyList: inline(u.UserPolicyList),
    tags: tagMap(u.Tags),
  };
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
        paginateListEntitiesForPolicy(
          { client, pageSize: IAM_MAX_ITEMS },
          { PolicyArn: policyArn, PolicyUsageFilter: 'PermissionsPolicy' },
        ),
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
