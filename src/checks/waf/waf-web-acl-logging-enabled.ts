import type { WafV2Scope } from '../../model/waf.js';
import {
  accountRef,
  defineCheck,
  eachRegion,
  eachResource,
  fail,
  pass,
  unknown,
  type CheckResult,
  type EvalContext,
} from '../define-check.js';
import { recordedOrPredates } from '../lib/optional-list.js';

/** Every web ACL of one WAFv2 scope, judged against the scope's ListLoggingConfigurations answer. */
function judgeScope(ctx: EvalContext, scope: WafV2Scope, region: string, where: string): CheckResult[] {
  const apiRegion = region === 'global' ? 'us-east-1' : region;
  const logged = recordedOrPredates(
    scope.loggedWebAcls,
    'wafv2:ListLoggingConfigurations',
    `arn:${ctx.partition}:wafv2:${apiRegion}:${ctx.accountId}:${region === 'global' ? 'global' : 'regional'}/webacl/*`,
    region,
  );
  return eachResource(scope.webAcls, accountRef(ctx, region, 'wafv2'), (acl) => {
    if (!logged.ok) return unknown(acl, logged.error);
    return logged.value.includes(acl.arn)
      ? pass(acl, `AWS WAF web ACL ${acl.name} (${where}) has logging configured.`)
      : fail(acl, `AWS WAF web ACL ${acl.name} (${where}) has no logging configuration.`);
  });
}

export const wafWebAclLoggingEnabled = defineCheck({
  id: 'waf-web-acl-logging-enabled',
  title: 'AWS WAF web ACLs have logging enabled',
  service: 'waf',
  severity: 'low',
  resourceType: 'AwsWafv2WebAcl',
  frameworks: { fsbp: ['WAF.11'] },
  rationale:
    'WAF logs record every inspected request with the rule that matched, which investigating an attack or a false block needs. As Security Hub WAF.11 (AWS Config wafv2-logging-enabled) with its default parameters, an AWS WAF (v2) web ACL of either scope passes when it has a logging configuration (CloudWatch Logs, S3 or Data Firehose).',
  remediation: {
    summary:
      'Send the web ACL’s logs to a CloudWatch Logs log group, S3 bucket or Data Firehose stream whose name starts with aws-waf-logs-.',
    cli: 'aws wafv2 put-logging-configuration --logging-configuration ResourceArn=<web-acl-arn>,LogDestinationConfigs=<aws-waf-logs-destination-arn>',
    console: 'AWS WAF console > Web ACLs > <web ACL> > Logging and metrics > Enable logging.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/logging.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) => [
    ...eachRegion(inv.waf.v2Regional, (region, scope) => judgeScope(ctx, scope, region, `regional, ${region}`)),
    ...judgeScope(ctx, inv.waf.v2CloudFront, 'global', 'CloudFront'),
  ],
});
