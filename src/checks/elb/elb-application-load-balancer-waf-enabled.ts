import type { ReadError } from '../../model/observed.js';
import { defineCheck, fail, missingData, pass, undecided, unknown } from '../define-check.js';
import { listSome } from '../lib/policy/index.js';
import { eachLoadBalancer } from './lib.js';

export const elbApplicationLoadBalancerWafEnabled = defineCheck({
  id: 'elb-application-load-balancer-waf-enabled',
  title: 'Application Load Balancers are protected by an AWS WAF web ACL',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  frameworks: { fsbp: ['ELB.16'] },
  rationale:
    'A web ACL in front of an Application Load Balancer filters common web exploits, bad bots and floods before they reach the targets. As Security Hub ELB.16 (AWS Config alb-waf-enabled, no parameters), an Application Load Balancer passes when a web ACL is associated with it. Associations are read per regional AWS WAF (v2) web ACL (ListResourcesForWebACL); WAF Classic Regional associations are not read, so a load balancer no v2 web ACL protects is UNKNOWN, not FAIL, in a region that has WAF Classic Regional web ACLs.',
  remediation: {
    summary: 'Associate a regional AWS WAF web ACL (for example with the AWS managed core rule set) with the load balancer.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn <load-balancer-arn>',
    console: 'AWS WAF console > Web ACLs > <regional web ACL> > Associated AWS resources > Add AWS resources > Application Load Balancer.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
  },
  reads: ['elb', 'waf'],
  evaluate: (inv, ctx) =>
    eachLoadBalancer(inv, ctx, (lb) => {
      if (lb.type !== 'application') return undefined;
      const label = `Application Load Balancer ${lb.name}`;
      const v2 = inv.waf.v2Regional[lb.region];
      if (!v2) return unknown(lb, missingData('wafv2:ListWebACLs', lb.arn, 'WAF was not read in this region', { region: lb.region }));
      if (!v2.webAcls.ok) return unknown(lb, v2.webAcls.error);
      const protecting: string[] = [];
      const errors: ReadError[] = [];
      for (const acl of v2.webAcls.value) {
        const albs = acl.albArns ?? {
          ok: false as const,
          error: missingData('wafv2:ListResourcesForWebACL', acl.arn, 'the inventory predates reading web ACL associations', {
            region: lb.region,
          }),
        };
        if (!albs.ok) errors.push(albs.error);
        else if (albs.value.includes(lb.arn)) protecting.push(acl.name);
      }
      if (protecting.length > 0) return pass(lb, `${label} is protected by AWS WAF web ACL ${listSome(protecting)}.`);
      if (errors.length > 0) return unknown(lb, errors);
      const classic = inv.waf.classicRegional[lb.region];
      if (!classic)
        return unknown(
          lb,
          missingData('waf-regional:ListWebACLs', lb.arn, 'WAF Classic Regional was not read in this region', { region: lb.region }),
        );
      if (!classic.webAcls.ok) return unknown(lb, classic.webAcls.error);
      if (classic.webAcls.value.length > 0)
        return undecided(
          lb,
          `${label} is in no AWS WAF (v2) web ACL, and whether one of the ${classic.webAcls.value.length} WAF Classic Regional web ACLs of ${lb.region} protects it is not read.`,
        );
      return fail(lb, `${label} is associated with no AWS WAF web ACL.`);
    }),
});
