import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachClassicGlobal } from './scopes.js';

export const wafClassicGlobalWebAclLoggingEnabled = defineCheck({
  id: 'waf-classic-global-web-acl-logging-enabled',
  title: 'AWS WAF Classic global web ACLs have logging enabled',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafWebAcl',
  frameworks: { fsbp: ['WAF.1'] },
  rationale:
    'Web ACL logs record each request the web ACL inspected and the rule that matched, which tuning rules and investigating attacks depend on. As Security Hub WAF.1, a WAF Classic global web ACL fails when it has no logging configuration.',
  remediation: {
    summary:
      'Create a Kinesis Data Firehose stream named aws-waf-logs-... in us-east-1 and put a logging configuration on the web ACL (or migrate the web ACL to AWS WAF).',
    cli: 'aws waf put-logging-configuration --logging-configuration ResourceArn=<web-acl-arn>,LogDestinationConfigs=<firehose-arn>',
    console: 'AWS WAF console > Switch to AWS WAF Classic > Web ACLs (Global) > <web ACL> > Logging > Enable logging.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/classic-logging.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachClassicGlobal(inv.waf, ctx, 'webAcls', (acl) => {
      const logging = inv.waf.classicGlobalLogging;
      if (!logging.ok) return unknown(acl, logging.error);
      return logging.value.includes(acl.arn)
        ? pass(acl, `WAF Classic global web ACL ${acl.name} has logging enabled.`)
        : fail(acl, `WAF Classic global web ACL ${acl.name} has no logging configuration.`);
    }),
});
