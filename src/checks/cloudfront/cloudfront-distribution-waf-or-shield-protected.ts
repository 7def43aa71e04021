import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachDistribution, name } from './distributions.js';

export const cloudfrontDistributionWafOrShieldProtected = defineCheck({
  id: 'cloudfront-distribution-waf-or-shield-protected',
  title: 'CloudFront distributions are protected by AWS WAF or Shield Advanced',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AwsCloudFrontDistribution',
  frameworks: { checklist: ['4.14'] },
  rationale:
    'A distribution is the internet-facing front of its origins: a web ACL filters application-layer attacks, and a Shield Advanced protection adds DDoS detection, response support and cost protection. A distribution passes with either; this is broader than Security Hub CloudFront.6, which accepts only a web ACL.',
  remediation: {
    summary: 'Associate a web ACL with the distribution, or (with a Shield Advanced subscription) add a Shield Advanced protection for it.',
    cli: 'aws shield create-protection --name <name> --resource-arn <distribution-arn>',
    console:
      'CloudFront console > Distributions > <distribution> > Security > Edit; or AWS WAF & Shield console > Protected resources > Add resources to protect.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-manage-protected-resources.html',
  },
  reads: ['cloudfront', 'shield'],
  evaluate: (inv, ctx) =>
    eachDistribution(inv.cloudfront, ctx, (d, c) => {
      if (c.webAclId) return pass(d, `${name(d)} is protected by web ACL ${c.webAclId}.`);
      const { subscription, protectedResourceArns } = inv.shield;
      if (!subscription.ok)
        return unknown(d, subscription.error, `Whether ${name(d)} has a Shield Advanced protection could not be decided`);
      if (subscription.value === null) return fail(d, `${name(d)} has no web ACL, and the account has no Shield Advanced subscription.`);
      if (!protectedResourceArns.ok)
        return unknown(d, protectedResourceArns.error, `Whether ${name(d)} has a Shield Advanced protection could not be decided`);
      return (protectedResourceArns.value ?? []).includes(d.arn)
        ? pass(d, `${name(d)} is protected by Shield Advanced.`)
        : fail(d, `${name(d)} has no web ACL and no Shield Advanced protection.`);
    }),
});
