import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectElb } from '../../src/collect/elb.js';
import type { ElbClassicLoadBalancer, ElbLoadBalancer, ElbRegion, ElbTargetGroup } from '../../src/model/elb.js';
import { seedElb } from '../seed/elb.js';
import { startMoto, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext, restrictedCredentials } from '../collect-context.js';

let moto: Moto;
const GOOD = 'us-east-1';
const WEAK = 'eu-west-1';

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
  await seedElb(moto, [GOOD, WEAK]);
}, 60_000);
afterAll(async () => {
  await moto?.stop();
});

const values = <T>(o: { ok: true; value: T[] } | { ok: false } | undefined): T[] => (o?.ok ? o.value : []);
const byName = <T extends { name: string }>(list: T[]) => new Map(list.map((x) => [x.name, x]));

describe('collectElb', () => {
  it('records Classic Load Balancers with their listeners, attributes and SSL negotiation policies', async () => {
    const ctx = motoContext(moto, [GOOD, WEAK, 'ap-south-1']);
    try {
      const { regions } = await collectElb(ctx);
      expect(regions['ap-south-1']).toEqual({
        classicLoadBalancers: { ok: true, value: [] },
        loadBalancers: { ok: true, value: [] },
        targetGroups: { ok: true, value: [] },
      });
      const good = byName(values<ElbClassicLoadBalancer>(regions[GOOD]?.classicLoadBalancers)).get('legacy-web');
      expect(good).toEqual({
        arn: `arn:aws:elasticloadbalancing:${GOOD}:${MOTO_ACCOUNT_ID}:loadbalancer/legacy-web`,
        region: GOOD,
        name: 'legacy-web',
        availabilityZones: [`${GOOD}a`, `${GOOD}b`],
        listeners: [
          {
            protocol: 'HTTPS',
            port: 443,
            sslCertificateId: expect.stringMatching(new RegExp(`^arn:aws:acm:${GOOD}:${MOTO_ACCOUNT_ID}:certificate/`)) as unknown,
            policyNames: ['legacy-web-tls'],
          },
        ],
        attributes: {
          ok: true,
          value: { accessLogsEnabled: true, connectionDrainingEnabled: true, crossZoneEnabled: true, desyncMitigationMode: 'strictest' },
        },
        sslPolicies: {
          ok: true,
          value: [
            { name: 'legacy-web-tls', type: 'SSLNegotiationPolicyType', referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
          ],
        },
      });
      const weak = byName(values<ElbClassicLoadBalancer>(regions[WEAK]?.classicLoadBalancers)).get('legacy-shop');
      expect(weak).toMatchObject({
        availabilityZones: [`${WEAK}a`],
        listeners: [
          { protocol: 'HTTPS', port: 443, sslCertificateId: `arn:aws:iam::${MOTO_ACCOUNT_ID}:server-certificate/legacy-shop` },
          { protocol: 'HTTP', port: 80, sslCertificateId: null, policyNames: [] },
        ],
        attributes: {
          ok: true,
          value: { accessLogsEnabled: false, connectionDrainingEnabled: false, crossZoneEnabled: false, desyncMitigationMode: 'monitor' },
        },
        sslPolicies: { ok: true, value: [{ referenceSecurityPolicy: 'ELBSecurityPolicy-2016-08' }] },
      });
    } finally {
      ctx.close();
    }
  });

  it('records version 2 load balancers with attributes, listeners (rules of HTTP listeners) and target groups', async () => {
    const ctx = motoContext(moto, [GOOD, WEAK]);
    try {
      const { regions } = await collectElb(ctx);
      const good = regions[GOOD] as ElbRegion;
      const web = byName(values<ElbLoadBalancer>(good.loadBalancers)).get('web-alb');
      expect(web).toMatchObject({
        type: 'application',
        availabilityZones: [`${GOOD}a`, `${GOOD}b`],
        attributes: {
          ok: true,
          value: { accessLogsEnabled: true, deletionProtection: true, dropInvalidHeaderFields: true, desyncMitigationMode: 'strictest' },
        },
        listeners: {
          ok: true,
          value: [
            {
              port: 443,
              protocol: 'HTTPS',
              sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
              defaultActions: [{ type: 'forward', redirectProtocol: null }],
              rules: null,
            },
          ],
        },
      });
      expect(values<ElbTargetGroup>(good.targetGroups)).toEqual([
        {
          arn: expect.stringContaining(':targetgroup/web-tg/') as unknown,
          region: GOOD,
          name: 'web-tg',
          protocol: 'HTTPS',
          targetType: 'instance',
          healthCheckProtocol: 'HTTPS',
        },
      ]);

      const weak = regions[WEAK] as ElbRegion;
      const lbs = byName(values<ElbLoadBalancer>(weak.loadBalancers));
      const shop = lbs.get('shop-alb');
      expect(shop?.attributes).toEqual({
        ok: true,
        value: { accessLogsEnabled: false, deletionProtection: false, dropInvalidHeaderFields: false, desyncMitigationMode: 'monitor' },
      });
      const listeners = new Map(values(shop?.listeners).map((l) => [l.protocol, l]));
      // moto reports ELBSecurityPolicy-2016-08 on the HTTP listener too; the collector keeps policies of TLS listeners only.
      expect(listeners.get('HTTP')).toMatchObject({
        port: 80,
        sslPolicy: null,
        defaultActions: [{ type: 'forward' }],
        rules: { ok: true, value: [] },
      });
      expect(listeners.get('HTTPS')).toMatchObject({ sslPolicy: 'ELBSecurityPolicy-2016-08', rules: null });
      expect(lbs.get('queue-nlb')).toMatchObject({
        type: 'network',
        availabilityZones: [`${WEAK}a`],
        listeners: { ok: true, value: [{ protocol: 'TCP', port: 5671, sslPolicy: null, rules: null }] },
      });
      expect(byName(values<ElbTargetGroup>(weak.targetGroups)).get('queue-tg')).toMatchObject({
        protocol: 'TCP',
        healthCheckProtocol: 'TCP',
      });
    } finally {
      ctx.close();
    }
  });

  it('records denied reads as access-denied ReadErrors: each list, or each per-resource read', async () => {
    const listOnly = await restrictedCredentials(moto, 'elb-lister', ['elasticloadbalancing:DescribeLoadBalancers']);
    const nothing = await restrictedCredentials(moto, 'elb-nobody', ['iam:GetUser']);
    await moto.enableIamAuth();
    const listed = motoContext(moto, [WEAK], listOnly);
    const denied = motoContext(moto, [WEAK], nothing);
    try {
      const seen = (await collectElb(listed)).regions[WEAK] as ElbRegion;
      const classic = values<ElbClassicLoadBalancer>(seen.classicLoadBalancers);
      expect(classic).toHaveLength(1);
      for (const lb of classic) {
        expect(lb.attributes).toMatchObject({
          ok: false,
          error: { action: 'elasticloadbalancing:DescribeLoadBalancerAttributes', kind: 'access-denied' },
        });
        expect(lb.sslPolicies).toMatchObject({
          ok: false,
          error: { action: 'elasticloadbalancing:DescribeLoadBalancerPolicies', kind: 'access-denied' },
        });
      }
      const v2 = values<ElbLoadBalancer>(seen.loadBalancers);
      expect(v2).toHaveLength(2);
      for (const lb of v2) {
        expect(lb.attributes).toMatchObject({
          ok: false,
          error: { action: 'elasticloadbalancing:DescribeLoadBalancerAttributes', target: lb.arn },
        });
        expect(lb.listeners).toMatchObject({
          ok: false,
          error: { action: 'elasticloadbalancing:DescribeListeners', kind: 'access-denied' },
        });
      }
      expect(seen.targetGroups).toMatchObject({
        ok: false,
        error: { action: 'elasticloadbalancing:DescribeTargetGroups', kind: 'access-denied' },
      });

      const none = (await collectElb(denied)).regions[WEAK];
      expect(none?.classicLoadBalancers).toMatchObject({
        ok: false,
        error: { action: 'elasticloadbalancing:DescribeLoadBalancers', region: WEAK },
      });
      expect(none?.loadBalancers).toMatchObject({
        ok: false,
        error: { action: 'elasticloadbalancing:DescribeLoadBalancers', kind: 'access-denied' },
      });
    } finally {
      listed.close();
      denied.close();
      await moto.disableIamAuth();
    }
  });

  it('records a denied DescribeRules on the HTTP listener of an Application Load Balancer', async () => {
    const noRules = await restrictedCredentials(moto, 'elb-no-rules', [
      'elasticloadbalancing:DescribeLoadBalancers',
      'elasticloadbalancing:DescribeLoadBalancerAttributes',
      'elasticloadbalancing:DescribeListeners',
    ]);
    await moto.enableIamAuth();
    const ctx = motoContext(moto, [WEAK], noRules);
    try {
      const shop = values<ElbLoadBalancer>((await collectElb(ctx)).regions[WEAK]?.loadBalancers).find((lb) => lb.name === 'shop-alb');
      const http = values(shop?.listeners).find((l) => l.protocol === 'HTTP');
      expect(http?.rules).toMatchObject({ ok: false, error: { action: 'elasticloadbalancing:DescribeRules', kind: 'access-denied' } });
    } finally {
      ctx.close();
      await moto.disableIamAuth();
    }
  });
});
