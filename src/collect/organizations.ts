import {
  DescribeOrganizationCommand,
  OrganizationsClient,
  paginateListPolicies,
  paginateListRoots,
  paginateListTargetsForPolicy,
  type PolicySummary,
} from '@aws-sdk/client-organizations';
import type { OrganizationsPolicy, OrganizationsPolicyTarget, OrganizationsRoot, OrganizationsSection } from '../model/organizations.js';
import type { Observed } from '../model/observed.js';
import type { Collector } from './kit/collector.js';
import { task, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { andThenPresent, mapObserved, ok } from './kit/observed.js';

/** AWS's answer when the account is in no organization. */
const NOT_IN_USE = ['AWSOrganizationsNotInUseException'];

/**
 * The organization, and its SCPs and roots when it has one. Organizations is a global service
 * (one endpoint), so the client lives in the home region. ListPolicies and ListRoots only work
 * from the management account or a delegated administrator: they are still called from any
 * member, because a delegated administrator can read them and a member's AccessDenied is
 * recorded as what it is, a ReadError
 * (https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListPolicies.html).
 */
export async function collectOrganizations(ctx: CollectContext): Promise<OrganizationsSection> {
  return task(ctx, 'organizations', 'global', async () => {
    const client = ctx.clients.get(OrganizationsClient, ctx.homeRegion);
    const scope = (target: string) => ({ target, region: 'global' });
    const described = await ctx.reader.read(
      'organizations:DescribeOrganization',
      scope(`arn:${ctx.partition}:organizations::${ctx.accountId}:organization/*`),
      () => client.send(new DescribeOrganizationCommand({})),
      { absentWhen: NOT_IN_USE },
    );
    const organization = mapObserved(described, (r) => {
      const o = r?.Organization;
      if (!o?.Id) return null;
      return {
        arn: o.Arn ?? `arn:${ctx.partition}:organizations::${o.MasterAccountId ?? ctx.accountId}:organization/${o.Id}`,
        region: 'global' as const,
        id: o.Id,
        masterAccountId: o.MasterAccountId ?? '',
        featureSet: o.FeatureSet ?? 'UNKNOWN',
      };
    });
    // Not in an organization (or not known to be): nothing more to ask.
    if (!organization.ok) return { organization, serviceControlPolicies: organization, roots: organization };
    const org = organization.value;
    if (!org) return { organization, serviceControlPolicies: { ok: true, value: null }, roots: { ok: true, value: null } };

    const orgTarget = org.arn;
    const [policies, roots] = await Promise.all([
      ctx.reader.read(
        'organizations:ListPolicies',
        scope(orgTarget),
        () => allPages(paginateListPolicies({ client }, { Filter: 'SERVICE_CONTROL_POLICY' }), (p) => p.Policies),
        { absentWhen: NOT_IN_USE },
      ),
      ctx.reader.read('organizations:ListRoots', scope(orgTarget), () => allPages(paginateListRoots({ client }, {}), (p) => p.Roots), {
        absentWhen: NOT_IN_USE,
      }),
    ]);
    // Where each customer SCP is attached: a policy that exists but is attached to no root, OU or
    // account enforces nothing. One paginated call per policy, concurrently (the scheduler bounds them).
    // https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListTargetsForPolicy.html
    const readTargets = (p: PolicySummary, arn: string): Promise<Observed<OrganizationsPolicyTarget[]>> =>
      ctx.reader.read('organizations:ListTargetsForPolicy', scope(arn), () =>
        allPages(paginateListTargetsForPolicy({ client }, { PolicyId: p.Id ?? '' }), (page) =>
          (page.Targets ?? []).map((t) => ({
            targetId: t.TargetId ?? '',
            arn: t.Arn ?? '',
            name: t.Name ?? '',
            type: t.Type ?? 'UNKNOWN',
          })),
        ),
      );
    const serviceControlPolicies: OrganizationsSection['serviceControlPolicies'] = await andThenPresent(policies, async (list) =>
      ok(
        await Promise.all(
          list.map(async (p): Promise<OrganizationsPolicy> => {
            const arn = p.Arn ?? `${orgTarget}/policy/${p.Id ?? ''}`;
            const awsManaged = p.AwsManaged === true;
            return {
              arn,
              region: 'global',
              id: p.Id ?? '',
              name: p.Name ?? '',
              awsManaged,
              targets: awsManaged ? null : await readTargets(p, arn),
            };
          }),
        ),
      ),
    );
    return {
      organization,
      serviceControlPolicies,
      roots: mapObserved(roots, (list) =>
        list === null
          ? null
          : list.map((r): OrganizationsRoot => ({
              arn: r.Arn ?? `${orgTarget}/root/${r.Id ?? ''}`,
              region: 'global',
              id: r.Id ?? '',
              policyTypes: (r.PolicyTypes ?? []).map((t) => ({ type: t.Type ?? 'UNKNOWN', status: t.Status ?? 'UNKNOWN' })),
            })),
      ),
    };
  });
}

export const organizationsCollector: Collector<'organizations'> = {
  section: 'organizations',
  collect: collectOrganizations,
};
