/**
 * Demo AWS WAF (v2) in the first region: a web ACL with a rule and one without any, and a rule
 * group with CloudWatch metrics on every rule and one with a rule whose metrics are off. WAF
 * Classic has no moto backend, so its checks report UNKNOWN in the demo (docs/testing.md).
 */
import { CreateRuleGroupCommand, CreateWebACLCommand, WAFV2Client, type Rule } from '@aws-sdk/client-wafv2';
import { TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const visibility = (metrics: boolean, name: string) => ({
  SampledRequestsEnabled: true,
  CloudWatchMetricsEnabled: metrics,
  MetricName: name,
});
const blockAdmin = (name: string, metrics: boolean): Rule => ({
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

export async function seedWaf(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[0];
  if (!region) return [];
  const waf = new WAFV2Client({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const acl = async (name: string, rules: Rule[]) =>
      (
        await waf.send(
          new CreateWebACLCommand({
            Name: name,
            Scope: 'REGIONAL',
            DefaultAction: { Allow: {} },
            VisibilityConfig: visibility(true, name),
            Rules: rules,
          }),
        )
      ).Summary?.ARN ?? '';
    const group = async (name: string, metrics: boolean) =>
      (
        await waf.send(
          new CreateRuleGroupCommand({
            Name: name,
            Scope: 'REGIONAL',
            Capacity: 10,
            VisibilityConfig: visibility(true, name),
            Rules: [blockAdmin(`${name}-rule`, metrics)],
          }),
        )
      ).Summary?.ARN ?? '';
    const guarded = await acl('demo-guarded', [blockAdmin('block-admin', true)]);
    const empty = await acl('demo-empty', []);
    const watched = await group('demo-watched', true);
    const silent = await group('demo-silent', false);
    return [
      { checkId: 'waf-web-acl-has-rules', resourceArn: guarded, status: 'PASS' },
      { checkId: 'waf-web-acl-has-rules', resourceArn: empty, status: 'FAIL' },
      { checkId: 'waf-rule-group-cloudwatch-metrics-enabled', resourceArn: watched, status: 'PASS' },
      { checkId: 'waf-rule-group-cloudwatch-metrics-enabled', resourceArn: silent, status: 'FAIL' },
    ];
  } finally {
    waf.destroy();
  }
}
