import type { AnyCheck } from '../types.js';
import { wafClassicGlobalRuleGroupHasRule } from './waf-classic-global-rule-group-has-rule.js';
import { wafClassicGlobalRuleHasCondition } from './waf-classic-global-rule-has-condition.js';
import { wafClassicGlobalWebAclHasRules } from './waf-classic-global-web-acl-has-rules.js';
import { wafClassicGlobalWebAclLoggingEnabled } from './waf-classic-global-web-acl-logging-enabled.js';
import { wafClassicRegionalRuleGroupHasRule } from './waf-classic-regional-rule-group-has-rule.js';
import { wafClassicRegionalRuleHasCondition } from './waf-classic-regional-rule-has-condition.js';
import { wafClassicRegionalWebAclHasRules } from './waf-classic-regional-web-acl-has-rules.js';
import { wafRuleGroupCloudwatchMetricsEnabled } from './waf-rule-group-cloudwatch-metrics-enabled.js';
import { wafWebAclHasRules } from './waf-web-acl-has-rules.js';

import { wafWebAclLoggingEnabled } from './waf-web-acl-logging-enabled.js';
/** Every waf check, imported explicitly (no filesystem discovery). */
export const wafChecks: AnyCheck[] = [
  wafWebAclLoggingEnabled,
  wafClassicGlobalWebAclLoggingEnabled,
  wafClassicRegionalRuleHasCondition,
  wafClassicRegionalRuleGroupHasRule,
  wafClassicRegionalWebAclHasRules,
  wafClassicGlobalRuleHasCondition,
  wafClassicGlobalRuleGroupHasRule,
  wafClassicGlobalWebAclHasRules,
  wafWebAclHasRules,
  wafRuleGroupCloudwatchMetricsEnabled,
];
