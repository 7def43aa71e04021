import {
  GetRuleCommand,
  GetWebACLCommand,
  ListActivatedRulesInRuleGroupCommand,
  ListLoggingConfigurationsCommand,
  ListRuleGroupsCommand,
  ListRulesCommand,
  ListWebACLsCommand,
  WAFClient,
} from '@aws-sdk/client-waf';
import * as regional from '@aws-sdk/client-waf-regional';
import {
  GetRuleGroupCommand as V2GetRuleGroup,
  GetWebACLCommand as V2GetWebACL,
  ListLoggingConfigurationsCommand as V2ListLoggingConfigurations,
  ListResourcesForWebACLCommand as V2ListResourcesForWebACL,
  ListRuleGroupsCommand as V2ListRuleGroups,
  ListWebACLsCommand as V2ListWebACLs,
  WAFV2Client,
  type Scope,
} from '@aws-sdk/client-wafv2';
import type { Observed } from '../model/observed.js';
import type { WafClassicScope, WafSection, WafV2Scope } from '../model/waf.js';
import type { AwsAction } from './aws/services.js';
import { cloudFrontApiRegion } from './cloudfront.js';
import type { Collector } from './kit/collector.js';
import { forEachRegion, task, type CollectContext } from './kit/context.js';
import { allKeyed, andThen, mapObserved, ok } from './kit/observed.js';
import type { ReadScope } from './kit/read.js';

/** WAF lists page with NextMarker and at most 100 items (Limit); the SDKs ship no paginator for them. */
async function allMarkerPages<P extends { NextMarker?: string }, T>(
  page: (marker: string | undefined) => Promise<P>,
  items: (p: P) => readonly T[] | undefined,
): Promise<T[]> {
  const out: T[] = [];
  let marker: string | undefined;
  do {
    const p = await page(marker);
    out.push(...(items(p) ?? []));
    // An empty page with a marker would loop forever on a misbehaving endpoint.
    marker = p.NextMarker && (items(p)?.length ?? 0) > 0 ? p.NextMarker : undefined;
  } while (marker);
  return out;
}

function listRead<P extends { NextMarker?: string }, T>(
  ctx: CollectContext,
  action: AwsAction,
  scope: ReadScope,
  page: (marker: string | undefined) => Promise<P>,
  items: (p: P) => readonly T[] | undefined,
): Promise<Observed<T[]>> {
  return ctx.reader.read(action, scope, () => allMarkerPages(page, items));
}

/**
 * One WAFv2 scope: ListWebACLs, ListRuleGroups and ListLoggingConfigurations, then GetWebACL per
 * web ACL (its rules), ListResourcesForWebACL per REGIONAL web ACL (its Application Load Balancers)
 * and GetRuleGroup per rule group (its CloudWatch metrics settings).
 * https://docs.aws.amazon.com/waf/latest/APIReference/API_ListWebACLs.html
 */
async function readV2Scope(ctx: CollectContext, clientRegion: string, scope: Scope, region: string): Promise<WafV2Scope> {
  const client = ctx.clients.get(WAFV2Client, clientRegion);
  const where = (kind: string) => ({
    target: `arn:${ctx.partition}:wafv2:${clientRegion}:${ctx.accountId}:${scope === 'CLOUDFRONT' ? 'global' : 'regional'}/${kind}/*`,
    region,
  });
  const lists = await allKeyed({
    acls: listRead(
      ctx,
      'wafv2:ListWebACLs',
      where('webacl'),
      (m) => client.send(new V2ListWebACLs({ Scope: scope, Limit: 100, NextMarker: m })),
      (p) => p.WebACLs,
    ),
    groups: listRead(
      ctx,
      'wafv2:ListRuleGroups',
      where('rulegroup'),
      (m) => client.send(new V2ListRuleGroups({ Scope: scope, Limit: 100, NextMarker: m })),
      (p) => p.RuleGroups,
    ),
    logged: listRead(
      ctx,
      'wafv2:ListLoggingConfigurations',
      where('webacl'),
      (m) => client.send(new V2ListLoggingConfigurations({ Scope: scope, Limit: 100, NextMarker: m })),
      (p) => p.LoggingConfigurations,
    ),
  });
  const webAcls = await andThen(lists.acls, async (acls) =>
    ok(
      await Promise.all(
        acls.map(async (a) => {
          const arn = a.ARN ?? '';
          const reads = await allKeyed({
            got: ctx.reader.read('wafv2:GetWebACL', { target: arn, region }, () =>
              client.send(new V2GetWebACL({ Scope: scope, Name: a.Name, Id: a.Id })),
            ),
            // ELB.16: which Application Load Balancers the web ACL protects (one call per regional
            // web ACL, usually far fewer than load balancers; it does not page).
            albs:
              scope === 'REGIONAL'
                ? ctx.reader.read('wafv2:ListResourcesForWebACL', { target: arn, region }, () =>
                    client.send(new V2ListResourcesForWebACL({ WebACLArn: arn, ResourceType: 'APPLICATION_LOAD_BALANCER' })),
                  )
                : Promise.resolve(undefined),
          });
          return {
            arn,
            region,
            scope,
            name: a.Name ?? '',
            id: a.Id ?? '',
            ruleCount: mapObserved(reads.got, (r) => r.WebACL?.Rules?.length ?? 0),
            ...(reads.albs ? { albArns: mapObserved(reads.albs, (r) => [...(r.ResourceArns ?? [])].sort()) } : {}),
          };
        }),
      ),
    ),
  );
  const ruleGroups = await andThen(lists.groups, async (groups) =>
    ok(
      await Promise.all(
        groups.map(async (g) => {
          const arn = g.ARN ?? '';
          const got = await ctx.reader.read('wafv2:GetRuleGroup', { target: arn, region }, () =>
            client.send(new V2GetRuleGroup({ Scope: scope, Name: g.Name, Id: g.Id })),
          );
          return {
            arn,
            region,
            scope,
            name: g.Name ?? '',
            id: g.Id ?? '',
            metrics: mapObserved(got, (r) => ({
              groupMetricsEnabled: r.RuleGroup?.VisibilityConfig?.CloudWatchMetricsEnabled === true,
              rules: (r.RuleGroup?.Rules ?? []).map((rule) => ({
                name: rule.Name ?? '',
                metricsEnabled: rule.VisibilityConfig?.CloudWatchMetricsEnabled === true,
              })),
            })),
          };
        }),
      ),
    ),
  );
  const loggedWebAcls = mapObserved(lists.logged, (l) => l.flatMap((c) => (c.ResourceArn ? [c.ResourceArn] : [])));
  return { webAcls, ruleGroups, loggedWebAcls };
}

/**
 * WAF Classic's action names, spelt out per API: the shipped read-only policy is built from the
 * action literals in the collectors' source (and the actions a demo run records), so a name put
 * together at run time would be missing from it whenever moto cannot answer the call.
 */
const CLASSIC_ACTIONS = {
  waf: {
    listWebAcls: 'waf:ListWebACLs',
    listRules: 'waf:ListRules',
    listRuleGroups: 'waf:ListRuleGroups',
    getWebAcl: 'waf:GetWebACL',
    getRule: 'waf:GetRule',
    listActivatedRules: 'waf:ListActivatedRulesInRuleGroup',
  },
  'waf-regional': {
    listWebAcls: 'waf-regional:ListWebACLs',
    listRules: 'waf-regional:ListRules',
    listRuleGroups: 'waf-regional:ListRuleGroups',
    getWebAcl: 'waf-regional:GetWebACL',
    getRule: 'waf-regional:GetRule',
    listActivatedRules: 'waf-regional:ListActivatedRulesInRuleGroup',
  },
} as const satisfies Record<string, Record<string, AwsAction>>;

/** The calls WAF Classic and WAF Classic Regional share (same operations, different clients). */
interface ClassicApi {
  prefix: 'waf' | 'waf-regional';
  region: string;
  arn: (kind: string, id: string) => string;
  listWebAcls: (m?: string) => Promise<{ NextMarker?: string; WebACLs?: { WebACLId?: string; Name?: string }[] }>;
  listRules: (m?: string) => Promise<{ NextMarker?: string; Rules?: { RuleId?: string; Name?: string }[] }>;
  listRuleGroups: (m?: string) => Promise<{ NextMarker?: string; RuleGroups?: { RuleGroupId?: string; Name?: string }[] }>;
  getWebAcl: (id: string) => Promise<{ WebACL?: { WebACLArn?: string; Rules?: unknown[] } }>;
  getRule: (id: string) => Promise<{ Rule?: { Predicates?: unknown[] } }>;
  listActivatedRules: (id: string, m?: string) => Promise<{ NextMarker?: string; ActivatedRules?: unknown[] }>;
}

/**
 * WAF Classic (global or one region): ListWebACLs, ListRules, ListRuleGroups, then GetWebACL per
 * web ACL, GetRule per rule and ListActivatedRulesInRuleGroup per rule group.
 * https://docs.aws.amazon.com/waf/latest/APIReference/API_Operations_AWS_WAF.html
 */
async function readClassic(ctx: CollectContext, api: ClassicApi): Promise<WafClassicScope> {
  const { region } = api;
  const action = CLASSIC_ACTIONS[api.prefix];
  const lists = await allKeyed({
    acls: listRead(ctx, action.listWebAcls, { target: api.arn('webacl', '*'), region }, api.listWebAcls, (p) => p.WebACLs),
    rules: listRead(ctx, action.listRules, { target: api.arn('rule', '*'), region }, api.listRules, (p) => p.Rules),
    groups: listRead(ctx, action.listRuleGroups, { target: api.arn('rulegroup', '*'), region }, api.listRuleGroups, (p) => p.RuleGroups),
  });
  const [webAcls, rules, ruleGroups] = await Promise.all([
    andThen(lists.acls, async (acls) =>
      ok(
        await Promise.all(
          acls.map(async (a) => {
            const id = a.WebACLId ?? '';
            const got = await ctx.reader.read(action.getWebAcl, { target: api.arn('webacl', id), region }, () => api.getWebAcl(id));
            const arn = got.ok && got.value.WebACL?.WebACLArn ? got.value.WebACL.WebACLArn : api.arn('webacl', id);
            return { arn, region, id, name: a.Name ?? '', ruleCount: mapObserved(got, (r) => r.WebACL?.Rules?.length ?? 0) };
          }),
        ),
      ),
    ),
    andThen(lists.rules, async (list) =>
      ok(
        await Promise.all(
          list.map(async (r) => {
            const id = r.RuleId ?? '';
            const arn = api.arn('rule', id);
            const got = await ctx.reader.read(action.getRule, { target: arn, region }, () => api.getRule(id));
            return { arn, region, id, name: r.Name ?? '', predicateCount: mapObserved(got, (x) => x.Rule?.Predicates?.length ?? 0) };
          }),
        ),
      ),
    ),
    andThen(lists.groups, async (list) =>
      ok(
        await Promise.all(
          list.map(async (g) => {
            const id = g.RuleGroupId ?? '';
            const arn = api.arn('rulegroup', id);
            const got = await ctx.reader.read(action.listActivatedRules, { target: arn, region }, () =>
              allMarkerPages(
                (m) => api.listActivatedRules(id, m),
                (p) => p.ActivatedRules,
              ),
            );
            return { arn, region, id, name: g.Name ?? '', ruleCount: mapObserved(got, (x) => x.length) };
          }),
        ),
      ),
    ),
  ]);
  return { webAcls, rules, ruleGroups };
}

/**
 * WAFv2 REGIONAL per region and CLOUDFRONT in us-east-1; WAF Classic global (the `waf` endpoint)
 * and WAF Classic Regional per region; the global Classic web ACLs' logging configurations.
 */
export async function collectWaf(ctx: CollectContext): Promise<WafSection> {
  const apiRegion = cloudFrontApiRegion(ctx);
  const v2Regional = forEachRegion(ctx, 'wafv2', (region) => readV2Scope(ctx, region, 'REGIONAL', region));
  const classicRegional = forEachRegion(ctx, 'waf-regional', (region) => {
    const c = ctx.clients.get(regional.WAFRegionalClient, region);
    return readClassic(ctx, {
      prefix: 'waf-regional',
      region,
      arn: (kind, id) => `arn:${ctx.partition}:waf-regional:${region}:${ctx.accountId}:${kind}/${id}`,
      listWebAcls: (m) => c.send(new regional.ListWebACLsCommand({ Limit: 100, NextMarker: m })),
      listRules: (m) => c.send(new regional.ListRulesCommand({ Limit: 100, NextMarker: m })),
      listRuleGroups: (m) => c.send(new regional.ListRuleGroupsCommand({ Limit: 100, NextMarker: m })),
      getWebAcl: (id) => c.send(new regional.GetWebACLCommand({ WebACLId: id })),
      getRule: (id) => c.send(new regional.GetRuleCommand({ RuleId: id })),
      listActivatedRules: (id, m) =>
        c.send(new regional.ListActivatedRulesInRuleGroupCommand({ RuleGroupId: id, Limit: 100, NextMarker: m })),
    });
  });
  const global = task(ctx, 'waf', 'global', async () => {
    const c = ctx.clients.get(WAFClient, apiRegion);
    const arn = (kind: string, id: string) => `arn:${ctx.partition}:waf::${ctx.accountId}:${kind}/${id}`;
    const [v2CloudFront, classicGlobal, logging] = await Promise.all([
      readV2Scope(ctx, apiRegion, 'CLOUDFRONT', 'global'),
      readClassic(ctx, {
        prefix: 'waf',
        region: 'global',
        arn,
        listWebAcls: (m) => c.send(new ListWebACLsCommand({ Limit: 100, NextMarker: m })),
        listRules: (m) => c.send(new ListRulesCommand({ Limit: 100, NextMarker: m })),
        listRuleGroups: (m) => c.send(new ListRuleGroupsCommand({ Limit: 100, NextMarker: m })),
        getWebAcl: (id) => c.send(new GetWebACLCommand({ WebACLId: id })),
        getRule: (id) => c.send(new GetRuleCommand({ RuleId: id })),
        listActivatedRules: (id, m) => c.send(new ListActivatedRulesInRuleGroupCommand({ RuleGroupId: id, Limit: 100, NextMarker: m })),
      }),
      listRead(
        ctx,
        'waf:ListLoggingConfigurations',
        { target: arn('webacl', '*'), region: 'global' },
        (m) => c.send(new ListLoggingConfigurationsCommand({ Limit: 100, NextMarker: m })),
        (p) => p.LoggingConfigurations,
      ),
    ]);
    const classicGlobalLogging = mapObserved(logging, (list) =>
      list.filter((l) => (l.LogDestinationConfigs?.length ?? 0) > 0).map((l) => l.ResourceArn ?? ''),
    );
    return { v2CloudFront, classicGlobal, classicGlobalLogging };
  });
  const [v2, classic, g] = await Promise.all([v2Regional, classicRegional, global]);
  return {
    v2Regional: v2,
    v2CloudFront: g.v2CloudFront,
    classicRegional: classic,
    classicGlobal: g.classicGlobal,
    classicGlobalLogging: g.classicGlobalLogging,
  };
}

export const wafCollector: Collector<'waf'> = {
  section: 'waf',
  collect: collectWaf,
};
