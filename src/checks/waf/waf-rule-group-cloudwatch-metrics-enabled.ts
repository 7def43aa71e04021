import { defineCheck, fail, pass, unknown } from '../define-check.js';
import { eachV2 } from './scopes.js';

export const wafRuleGroupCloudwatchMetricsEnabled = defineCheck({
  id: 'waf-rule-group-cloudwatch-metrics-enabled',
  title: 'AWS WAF rule groups have CloudWatch metrics enabled',
  service: 'waf',
  severity: 'medium',
  resourceType: 'AwsWafv2RuleGroup',
  frameworks: { fsbp: ['WAF.12'] },
  rationale:
    'CloudWatch metrics count the requests each rule matched, allowed and blocked; without them an attack or a rule that blocks legitimate traffic goes unseen. As Security Hub WAF.12 (AWS Config wafv2-rulegroup-logging-enabled), an AWS WAF rule group fails when VisibilityConfig.CloudWatchMetricsEnabled is false, on the group or on any of its rules; a rule group without rules is out of scope.',
  remediation: {
    summary: 'Enable CloudWatch metrics in the visibility configuration of the rule group and of each of its rules.',
    console: 'AWS WAF console > Rule groups > <rule group> > Rules > <rule> > Edit > Visibility: CloudWatch metrics enabled > Save.',
    docs: 'https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html',
  },
  reads: ['waf'],
  evaluate: (inv, ctx) =>
    eachV2(inv.waf, ctx, 'ruleGroups', (group) => {
      if (!group.metrics.ok) return unknown(group, group.metrics.error);
      const { groupMetricsEnabled, rules } = group.metrics.value;
      if (rules.length === 0) return undefined;
      const off = rules.filter((r) => !r.metricsEnabled).map((r) => r.name);
      if (!groupMetricsEnabled) return fail(group, `AWS WAF rule group ${group.name} has CloudWatch metrics disabled.`);
      return off.length === 0
        ? pass(group, `AWS WAF rule group ${group.name} has CloudWatch metrics enabled on the group and its ${rules.length} rules.`)
        : fail(group, `AWS WAF rule group ${group.name} has CloudWatch metrics disabled on rules: ${off.join(', ')}.`);
    }),
});
