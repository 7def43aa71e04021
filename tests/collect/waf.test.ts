import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import * as classic from '@aws-sdk/client-waf';
import * as regional from '@aws-sdk/client-waf-regional';
import {
  CreateRuleGroupCommand,
  CreateWebACLCommand,
  GetRuleGroupCommand,
  GetWebACLCommand,
  ListLoggingConfigurationsCommand,
  ListResourcesForWebACLCommand,
  ListRuleGroupsCommand,
  ListWebACLsCommand,
  PutLoggingConfigurationCommand,
  WAFV2Client,
  type Rule,
} from '@aws-sdk/client-wafv2';
import { collectWaf } from '../../src/collect/waf.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const visibility = (metrics: boolean, name: string) => ({
  SampledRequestsEnabled: true,
  CloudWatchMetricsEnabled: metrics,
  MetricName: name,
});
const blockPath = (name: string, metrics: boolean): Rule => ({
  Name: name,
  Priority: 0,
  Action: { Block: {} },
  Statement: {
    ByteMatchStatement: {
      SearchString: new TextEncoder().encode('/admin'),
      FieldToMatch: { UriPath: {} },
      TextTransformations: [{ Priority: 0, Type: 'NONE' }],
      PositionalConstraint: 'STARTS_WITH',
    },
  },
  VisibilityConfig: visibility(metrics, name),
});

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  const v2 = new WAFV2Client(seedConfig(moto, 'us-east-1'));
  try {
    const api = await v2.send(
      new CreateWebACLCommand({
        Name: 'api',
        Scope: 'REGIONAL',
        DefaultAction: { Allow: {} },
        VisibilityConfig: visibility(true, 'api'),
        Rules: [blockPath('admin', true)],
      }),
    );
    await v2.send(
      new PutLoggingConfigurationCommand({
        LoggingConfiguration: {
          ResourceArn: api.Summary?.ARN,
          LogDestinationConfigs: [`arn:aws:logs:us-east-1:${MOTO_ACCOUNT_ID}:log-group:aws-waf-logs-api`],
        },
      }),
    );
    await v2.send(
      new CreateWebACLCommand({
        Name: 'edge',
        Scope: 'CLOUDFRONT',
        DefaultAction: { Allow: {} },
        VisibilityConfig: visibility(true, 'edge'),
      }),
    );
    await v2.send(
      new CreateRuleGroupCommand({
        Name: 'quiet',
        Scope: 'REGIONAL',
        Capacity: 10,
        VisibilityConfig: visibility(true, 'quiet'),
        Rules: [blockPath('nometrics', false)],
      }),
    );
  } finally {
    v2.destroy();
  }
});
afterAll(async () => {
  await moto?.stop();
});

describe('collectWaf (WAFv2 against moto)', () => {
  it('records web ACLs and rule groups per scope, and an empty region as empty', async () => {
    const ctx = motoContext(moto, ['eu-west-1', 'us-east-1']);
    try {
      const waf = await collectWaf(ctx);
      expect(waf.v2Regional['eu-west-1']).toEqual({
        webAcls: { ok: true, value: [] },
        ruleGroups: { ok: true, value: [] },
        loggedWebAcls: { ok: true, value: [] },
      });
      const apiAcl = waf.v2Regional['us-east-1']?.webAcls;
      const apiArn = apiAcl?.ok ? apiAcl.value[0]?.arn : undefined;
      expect(waf.v2Regional['us-east-1']?.loggedWebAcls).toEqual({ ok: true, value: [apiArn] });
      expect(waf.v2CloudFront.loggedWebAcls).toEqual({ ok: true, value: [] });
      // moto answers ListResourcesForWebACL with HTTP 500 (docs/testing.md): a failed read, never
      // "protects nothing"; the mapping is tested on a mocked answer below. CloudFront web ACLs are not asked.
      expect(apiAcl?.ok ? apiAcl.value[0]?.albArns : undefined).toMatchObject({
        ok: false,
        error: { action: 'wafv2:ListResourcesForWebACL' },
      });
      expect(waf.v2Regional['us-east-1']?.webAcls).toMatchObject({
        ok: true,
        value: [
          {
            name: 'api',
            region: 'us-east-1',
            scope: 'REGIONAL',
            ruleCount: { ok: true, value: 1 },
            arn: expect.stringContaining(':regional/webacl/api/') as unknown,
          },
        ],
      });
      expect(waf.v2Regional['us-east-1']?.ruleGroups).toMatchObject({
        ok: true,
        value: [
          {
            name: 'quiet',
            metrics: { ok: true, value: { groupMetricsEnabled: true, rules: [{ name: 'nometrics', metricsEnabled: false }] } },
          },
        ],
      });
      expect(waf.v2CloudFront.webAcls).toMatchObject({
        ok: true,
        value: [
          {
            name: 'edge',
            region: 'global',
            scope: 'CLOUDFRONT',
            ruleCount: { ok: true, value: 0 },
            arn: expect.stringContaining(':global/webacl/edge/') as unknown,
          },
        ],
      });
      // moto 5.2.1 has no WAF Classic backend (waf and waf-regional answer HTTP 500): those reads
      // fail, and are tested on recorded-shape answers below.
      expect(waf.classicGlobal.webAcls.ok).toBe(false);
      expect(waf.classicRegional['us-east-1']?.rules.ok).toBe(false);
    } finally {
      ctx.close();
    }
  });

  it('records denied WAFv2 reads as access-denied ReadErrors: the lists, or each web ACL and rule group', async () => {
    const listOnly = await restrictedCredentials(moto, 'waf-lister', ['wafv2:ListWebACLs', 'wafv2:ListRuleGroups']);
    const nothing = await restrictedCredentials(moto, 'waf-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, ['us-east-1'], listOnly);
    const denied = motoContext(moto, ['us-east-1'], nothing);
    try {
      const seen = (await collectWaf(listed)).v2Regional['us-east-1'];
      expect(seen?.webAcls).toMatchObject({
        ok: true,
        value: [{ ruleCount: { ok: false, error: { action: 'wafv2:GetWebACL', kind: 'access-denied' } } }],
      });
      expect(seen?.ruleGroups).toMatchObject({
        ok: true,
        value: [{ metrics: { ok: false, error: { action: 'wafv2:GetRuleGroup', kind: 'access-denied' } } }],
      });
      const none = await collectWaf(denied);
      expect(none.v2Regional['us-east-1']?.webAcls).toMatchObject({
        ok: false,
        error: { action: 'wafv2:ListWebACLs', kind: 'access-denied' },
      });
      expect(none.v2CloudFront.ruleGroups).toMatchObject({
        ok: false,
        error: { action: 'wafv2:ListRuleGroups', kind: 'access-denied', region: 'global' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });
});

// WAF Classic (global and regional) has no moto backend: these tests run the collector on
// answers shaped like AWS's (https://docs.aws.amazon.com/waf/latest/APIReference/API_Operations_AWS_WAF.html).
// client-waf-regional's last release (3.668.0) is typed against older @smithy/types than
// aws-sdk-client-mock, so its client and commands are passed `as never` (the runtime is the same).
describe('collectWaf (WAF Classic, mocked: moto answers HTTP 500)', () => {
  const globalAcl = `arn:aws:waf::${MOTO_ACCOUNT_ID}:webacl/acl-1`;
  it('records web ACLs with their rule counts, rules with their conditions, rule groups with their rules, and logging', async () => {
    const g = mockClient(classic.WAFClient);
    const r = mockClient(regional.WAFRegionalClient as never);
    const v2 = mockClient(WAFV2Client);
    const ctx = mockedContext(['eu-west-1']);
    try {
      v2.onAnyCommand().resolves({});
      g.on(classic.ListWebACLsCommand).resolves({ WebACLs: [{ WebACLId: 'acl-1', Name: 'edge' }] });
      g.on(classic.GetWebACLCommand).resolves({
        WebACL: { WebACLId: 'acl-1', WebACLArn: globalAcl, DefaultAction: { Type: 'ALLOW' }, Rules: [] },
      });
      g.on(classic.ListRulesCommand).resolves({ Rules: [{ RuleId: 'rule-1', Name: 'empty' }] });
      g.on(classic.GetRuleCommand).resolves({ Rule: { RuleId: 'rule-1', Predicates: [] } });
      g.on(classic.ListRuleGroupsCommand).resolves({ RuleGroups: [{ RuleGroupId: 'rg-1', Name: 'group' }] });
      // Two pages: the collector follows NextMarker.
      g.on(classic.ListActivatedRulesInRuleGroupCommand, { RuleGroupId: 'rg-1', NextMarker: undefined })
        .resolves({ ActivatedRules: [{ Priority: 1, RuleId: 'a' }], NextMarker: 'm2' })
        .on(classic.ListActivatedRulesInRuleGroupCommand, { RuleGroupId: 'rg-1', NextMarker: 'm2' })
        .resolves({ ActivatedRules: [{ Priority: 2, RuleId: 'b' }] });
      g.on(classic.ListLoggingConfigurationsCommand).resolves({
        LoggingConfigurations: [
          { ResourceArn: globalAcl, LogDestinationConfigs: ['arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-x'] },
        ],
      });
      r.on(regional.ListWebACLsCommand as never).resolves({ WebACLs: [{ WebACLId: 'racl', Name: 'alb' }] } as never);
      r.on(regional.GetWebACLCommand as never).resolves({
        WebACL: { WebACLId: 'racl', DefaultAction: { Type: 'BLOCK' }, Rules: [{ Priority: 1, RuleId: 'x' }] },
      } as never);
      r.on(regional.ListRulesCommand as never).resolves({ Rules: [] } as never);
      r.on(regional.ListRuleGroupsCommand as never).resolves({ RuleGroups: [] } as never);
      const waf = await collectWaf(ctx);
      expect(waf.classicGlobal).toEqual({
        webAcls: { ok: true, value: [{ arn: globalAcl, region: 'global', id: 'acl-1', name: 'edge', ruleCount: { ok: true, value: 0 } }] },
        rules: {
          ok: true,
          value: [
            {
              arn: `arn:aws:waf::${MOTO_ACCOUNT_ID}:rule/rule-1`,
              region: 'global',
              id: 'rule-1',
              name: 'empty',
              predicateCount: { ok: true, value: 0 },
            },
          ],
        },
        ruleGroups: {
          ok: true,
          value: [
            {
              arn: `arn:aws:waf::${MOTO_ACCOUNT_ID}:rulegroup/rg-1`,
              region: 'global',
              id: 'rg-1',
              name: 'group',
              ruleCount: { ok: true, value: 2 },
            },
          ],
        },
      });
      expect(waf.classicGlobalLogging).toEqual({ ok: true, value: [globalAcl] });
      expect(waf.classicRegional['eu-west-1']).toEqual({
        webAcls: {
          ok: true,
          value: [
            {
              arn: `arn:aws:waf-regional:eu-west-1:${MOTO_ACCOUNT_ID}:webacl/racl`,
              region: 'eu-west-1',
              id: 'racl',
              name: 'alb',
              ruleCount: { ok: true, value: 1 },
            },
          ],
        },
        rules: { ok: true, value: [] },
        ruleGroups: { ok: true, value: [] },
      });
    } finally {
      ctx.close();
      g.restore();
      r.restore();
      v2.restore();
    }
  });

  it('records denied WAF Classic reads as access-denied ReadErrors', async () => {
    const g = mockClient(classic.WAFClient);
    const r = mockClient(regional.WAFRegionalClient as never);
    const v2 = mockClient(WAFV2Client);
    const ctx = mockedContext(['eu-west-1']);
    const deny = () => Object.assign(new Error('not authorized'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    try {
      v2.onAnyCommand().resolves({});
      g.onAnyCommand().rejects(deny());
      r.on(regional.ListWebACLsCommand as never).resolves({ WebACLs: [{ WebACLId: 'racl', Name: 'alb' }] } as never);
      r.on(regional.GetWebACLCommand as never).rejects(deny());
      r.on(regional.ListRulesCommand as never).rejects(deny());
      r.on(regional.ListRuleGroupsCommand as never).resolves({ RuleGroups: [] } as never);
      const waf = await collectWaf(ctx);
      expect(waf.classicGlobal.webAcls).toMatchObject({
        ok: false,
        error: { action: 'waf:ListWebACLs', kind: 'access-denied', region: 'global' },
      });
      expect(waf.classicGlobalLogging).toMatchObject({
        ok: false,
        error: { action: 'waf:ListLoggingConfigurations', kind: 'access-denied' },
      });
      expect(waf.classicRegional['eu-west-1']?.webAcls).toMatchObject({
        ok: true,
        value: [{ ruleCount: { ok: false, error: { action: 'waf-regional:GetWebACL', kind: 'access-denied', region: 'eu-west-1' } } }],
      });
      expect(waf.classicRegional['eu-west-1']?.rules).toMatchObject({
        ok: false,
        error: { action: 'waf-regional:ListRules', kind: 'access-denied' },
      });
    } finally {
      ctx.close();
      g.restore();
      r.restore();
      v2.restore();
    }
  });
});

describe('collectWaf (WAFv2 associations, aws-sdk-client-mock: moto answers ListResourcesForWebACL with HTTP 500)', () => {
  it('records the Application Load Balancers each regional web ACL protects, sorted', async () => {
    const mock = mockClient(WAFV2Client);
    const ctx = mockedContext(['eu-west-1']);
    const aclArn = `arn:aws:wafv2:eu-west-1:${MOTO_ACCOUNT_ID}:regional/webacl/api/1111`;
    const alb = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:${MOTO_ACCOUNT_ID}:loadbalancer/app/${name}/50dc6c495c0c9188`;
    try {
      mock.on(ListWebACLsCommand, { Scope: 'REGIONAL' }).resolves({ WebACLs: [{ Name: 'api', Id: '1111', ARN: aclArn }] });
      mock.on(ListWebACLsCommand, { Scope: 'CLOUDFRONT' }).resolves({ WebACLs: [] });
      mock.on(ListRuleGroupsCommand).resolves({ RuleGroups: [] });
      mock.on(ListLoggingConfigurationsCommand).resolves({ LoggingConfigurations: [] });
      mock.on(GetWebACLCommand).resolves({
        WebACL: {
          Name: 'api',
          Id: '1111',
          ARN: aclArn,
          DefaultAction: { Allow: {} },
          VisibilityConfig: visibility(true, 'api'),
          Rules: [],
        },
      });
      mock.on(GetRuleGroupCommand).resolves({});
      mock
        .on(ListResourcesForWebACLCommand, { WebACLArn: aclArn, ResourceType: 'APPLICATION_LOAD_BALANCER' })
        .resolves({ ResourceArns: [alb('web'), alb('api')] });
      const waf = await collectWaf(ctx);
      expect(waf.v2Regional['eu-west-1']?.webAcls).toMatchObject({
        ok: true,
        value: [{ name: 'api', albArns: { ok: true, value: [alb('api'), alb('web')] } }],
      });
    } finally {
      mock.restore();
      ctx.close();
    }
  });
});
