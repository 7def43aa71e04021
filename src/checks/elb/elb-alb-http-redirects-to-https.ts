import type { ElbAction } from '../../model/elb.js';
import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachLoadBalancer, listOf } from './lib.js';

const redirectsToHttps = (actions: readonly ElbAction[]) => actions.some((a) => a.type === 'redirect' && a.redirectProtocol === 'HTTPS');

export const elbAlbHttpRedirectsToHttps = defineCheck({
  id: 'elb-alb-http-redirects-to-https',
  title: 'Application Load Balancers redirect all HTTP requests to HTTPS',
  service: 'elb',
  severity: 'medium',
  resourceType: 'AwsElbv2LoadBalancer',
  frameworks: { fsbp: ['ELB.1'], checklist: ['4.12'] },
  rationale:
    'An HTTP listener that serves requests instead of redirecting them sends data in cleartext between clients and the load balancer. As Security Hub ELB.1 (AWS Config alb-http-to-https-redirection-check), every HTTP listener of an Application Load Balancer must redirect to HTTPS, and none may have a rule that forwards HTTP requests instead; a load balancer without HTTP listeners passes.',
  remediation: {
    summary: "Make the HTTP listener's default action a redirect to HTTPS on port 443, and remove rules that forward HTTP requests.",
    cli: 'aws elbv2 modify-listener --listener-arn <http-listener-arn> --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
  },
  reads: ['elb'],
  evaluate: (inv, ctx) =>
    eachLoadBalancer(inv, ctx, (lb) => {
      if (lb.type !== 'application') return undefined;
      if (!lb.listeners.ok) return unknown(lb, lb.listeners.error);
      const http = lb.listeners.value.filter((l) => l.protocol === 'HTTP');
      if (http.length === 0) return pass(lb, `Application Load Balancer ${lb.name} has no HTTP listener.`);
      const noRedirect: string[] = [];
      const forwarding: string[] = [];
      for (const l of http) {
        if (!redirectsToHttps(l.defaultActions)) noRedirect.push(`port ${l.port ?? '?'}`);
        if (l.rules === null) continue;
        if (!l.rules.ok) return unknown(lb, l.rules.error);
        const forwards = l.rules.value.filter((r) => r.actions.some((a) => a.type === 'forward'));
        if (forwards.length > 0) forwarding.push(`port ${l.port ?? '?'} (rule priority ${listOf(forwards.map((r) => r.priority))})`);
      }
      if (noRedirect.length > 0)
        return fail(lb, `Application Load Balancer ${lb.name} has HTTP listeners that do not redirect to HTTPS: ${listOf(noRedirect)}.`);
      if (forwarding.length > 0)
        return fail(
          lb,
          `Application Load Balancer ${lb.name} has HTTP listener rules that forward requests instead of redirecting them: ${listOf(forwarding)}.`,
        );
      return pass(
        lb,
        `Application Load Balancer ${lb.name} redirects every HTTP listener to HTTPS (${http.length} HTTP listener${http.length === 1 ? '' : 's'}).`,
      );
    }),
});
