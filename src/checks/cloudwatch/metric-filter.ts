/**
 * The shared evaluator of CIS 4.1-4.15 (Security Hub CloudWatch.1-14): "a log metric filter and
 * alarm exist for <events>". Following the CIS audit procedure, it passes when an active
 * multi-region trail that records all management events delivers to a CloudWatch Logs log group
 * that has a metric filter covering the events, an alarm on that filter's metric with actions
 * enabled, and an SNS topic among the alarm's actions with at least one confirmed subscription.
 */
import type { CheckResult, EvalContext } from '../types.js';
import type { CloudTrailTrail } from '../../model/cloudtrail.js';
import type { CloudWatchAlarm, CloudWatchMetricFilter, CloudWatchSection } from '../../model/cloudwatch.js';
import type { CloudTrailSection } from '../../model/cloudtrail.js';
import type { ReadError } from '../../model/observed.js';
import { accountRef, fail, pass, unknown } from '../define-check.js';
import { allTrails, multiRegionListingErrors, multiRegionVerdict } from '../cloudtrail/trails.js';

/** One condition of a filter pattern: `$.field = value`, `$.field != value` or `$.field NOT EXISTS`. */
export interface PatternTerm {
  field: string;
  op: '=' | '!=' | 'NOT EXISTS';
  value?: string;
}

export interface MetricFilterSpec {
  /** CIS v3.0.0 recommendation number */
  cis: string;
  /** What the filter watches, for reasons ("unauthorized API calls") */
  subject: string;
  /** Terms the pattern must contain. */
  required: PatternTerm[];
  /**
   * The event source the CIS pattern narrows to. A pattern without an eventSource term is broader
   * and still covers the events; one with a different eventSource does not.
   */
  eventSource?: string;
  /** The pattern CIS gives, for remediation text and test fixtures. */
  cisPattern: string;
}

const names = (...eventNames: string[]): PatternTerm[] => eventNames.map((value) => ({ field: 'eventName', op: '=', value }));

/**
 * Patterns of CIS AWS Foundations v3.0.0 section 4. Terms that only reduce false positives (for
 * example `sourceIPAddress != delivery.logs.amazonaws.com` in 4.1, or `invokedBy NOT EXISTS` in
 * 4.3) are not required: a filter without them alarms on a superset of the events.
 */
export const METRIC_FILTER_SPECS = {
  '4.1': {
    cis: '4.1',
    subject: 'unauthorized API calls',
    required: [
      { field: 'errorCode', op: '=', value: '*UnauthorizedOperation' },
      { field: 'errorCode', op: '=', value: 'AccessDenied*' },
    ],
    cisPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  },
  '4.2': {
    cis: '4.2',
    subject: 'console sign-in without MFA',
    required: [...names('ConsoleLogin'), { field: 'additionalEventData.MFAUsed', op: '!=', value: 'Yes' }],
    cisPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  },
  '4.3': {
    cis: '4.3',
    subject: 'root user usage',
    required: [{ field: 'userIdentity.type', op: '=', value: 'Root' }],
    cisPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  '4.4': {
    cis: '4.4',
    subject: 'IAM policy changes',
    required: names(
      'DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy',
      'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy',
    ),
    cisPattern:
      '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  },
  '4.5': {
    cis: '4.5',
    subject: 'CloudTrail configuration changes',
    required: names('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'),
    cisPattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  },
  '4.6': {
    cis: '4.6',
    subject: 'console authentication failures',
    required: [...names('ConsoleLogin'), { field: 'errorMessage', op: '=', value: 'Failed authentication' }],
    cisPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  '4.7': {
    cis: '4.7',
    subject: 'disabling or scheduled deletion of customer managed KMS keys',
    required: names('DisableKey', 'ScheduleKeyDeletion'),
    eventSource: 'kms.amazonaws.com',
    cisPattern: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
  },
  '4.8': {
    cis: '4.8',
    subject: 'S3 bucket policy changes',
    required: names('PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication'),
    eventSource: 's3.amazonaws.com',
    cisPattern:
      '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  },
  '4.9': {
    cis: '4.9',
    subject: 'AWS Config configuration changes',
    required: names('StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'),
    eventSource: 'config.amazonaws.com',
    cisPattern:
      '{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }',
  },
  '4.10': {
    cis: '4.10',
    subject: 'security group changes',
    required: names('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'),
    cisPattern:
      '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  },
  '4.11': {
    cis: '4.11',
    subject: 'network ACL changes',
    required: names('CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'),
    cisPattern:
      '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  },
  '4.12': {
    cis: '4.12',
    subject: 'network gateway changes',
    required: names('CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'),
    cisPattern:
      '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  },
  '4.13': {
    cis: '4.13',
    subject: 'route table changes',
    required: names('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'),
    cisPattern:
      '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
  },
  '4.14': {
    cis: '4.14',
    subject: 'VPC changes',
    required: names(
      'CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection',
      'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink',
    ),
    cisPattern:
      '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  },
  '4.15': {
    cis: '4.15',
    subject: 'AWS Organizations changes',
    required: names(
      'AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy',
      'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization', 'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy',
      'UpdateOrganizationalUnit',
    ),
    eventSource: 'organizations.amazonaws.com',
    cisPattern:
      '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
  },
} as const satisfies Record<string, MetricFilterSpec>;

export type CisMonitoringItem = keyof typeof METRIC_FILTER_SPECS;

const TERM = /\$\.([A-Za-z0-9_.[\]]+)\s*(?:(!=|=)\s*("(?:[^"\\]|\\.)*"|[^\s()|&]+)|(NOT\s+EXISTS))/g;

/** The terms of a CloudWatch Logs JSON filter pattern, with quotes removed from values. */
export function patternTerms(pattern: string): PatternTerm[] {
  const out: PatternTerm[] = [];
  for (const m of pattern.matchAll(TERM)) {
    const field = m[1] as string;
    if (m[4]) {
      out.push({ field, op: 'NOT EXISTS' });
      continue;
    }
    const raw = (m[3] ?? '').trim();
    const value = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw;
    out.push({ field, op: m[2] as '=' | '!=', value });
  }
  return out;
}

/** Whether a filter pattern watches every event the spec requires. */
export function patternCovers(pattern: string, spec: MetricFilterSpec): boolean {
  const terms = patternTerms(pattern);
  const has = (t: PatternTerm) => terms.some((x) => x.field === t.field && x.op === t.op && (t.op === 'NOT EXISTS' || x.value === t.value));
  if (!spec.required.every(has)) return false;
  if (spec.eventSource) {
    const sources = terms.filter((t) => t.field === 'eventSource' && t.op === '=');
    if (sources.length > 0 && !sources.some((t) => t.value === spec.eventSource)) return false;
  }
  return true;
}

/** arn:aws:logs:<region>:<account>:log-group:<name>[:*] */
export function parseLogGroupArn(arn: string): { region: string; account: string; name: string } | undefined {
  const m = /^arn:[^:]+:logs:([^:]+):(\d{12}):log-group:(.+?)(?::\*)?$/.exec(arn);
  return m ? { region: m[1] as string, account: m[2] as string, name: m[3] as string } : undefined;
}

const isSnsArn = (a: string) => /^arn:[^:]+:sns:/.test(a);

/** Why the most complete chain stopped; higher is closer to a PASS. */
type Progress = { stage: number; why: string };

/** Alarm → SNS topic with a confirmed subscription? Shared with the billing alarm check. */
export function alarmNotifies(alarm: CloudWatchAlarm, cw: CloudWatchSection, errors: ReadError[]): { ok: true; topic: string } | { ok: false; why: string } {
  if (!alarm.actionsEnabled) return { ok: false, why: `alarm ${alarm.alarmName} has its actions disabled` };
  const topics = alarm.alarmActions.filter(isSnsArn);
  if (topics.length === 0) return { ok: false, why: `alarm ${alarm.alarmName} notifies no SNS topic` };
  for (const arn of topics) {
    const topic = cw.topics.find((t) => t.arn === arn);
    if (!topic) continue;
    if (!topic.subscriptions.ok) {
      errors.push(topic.subscriptions.error);
      continue;
    }
    // Unconfirmed subscriptions read "PendingConfirmation" instead of an ARN.
    if (topic.subscriptions.value.some((s) => s.subscriptionArn.startsWith('arn:'))) return { ok: true, topic: arn };
  }
  return { ok: false, why: `the SNS topic(s) of alarm ${alarm.alarmName} have no confirmed subscription` };
}

/**
 * Alarms on one of the filter's metrics: a single-metric alarm (MetricName/Namespace), or a
 * metric-math alarm querying the metric in one of its Metrics[] (which has no top-level
 * MetricName).
 */
function alarmsOn(filter: CloudWatchMetricFilter, alarms: readonly CloudWatchAlarm[]): CloudWatchAlarm[] {
  const queried = (a: CloudWatchAlarm): { metricName: string | null; namespace: string | null; dimensions: readonly { name: string }[] }[] => [
    { metricName: a.metricName, namespace: a.namespace, dimensions: a.dimensions },
    ...a.metrics,
  ];
  return alarms.filter((a) =>
    queried(a).some((m) =>
      filter.metricTransformations.some(
        (t) =>
          m.metricName === t.metricName &&
          m.namespace === t.metricNamespace &&
          // An alarm on dimensions the filter does not emit never receives a data point.
          m.dimensions.every((d) => t.dimensionKeys.includes(d.name)),
      ),
    ),
  );
}

/** Evaluates one CIS 4.x item; one account-level result. */
export function evaluateMetricFilter(item: CisMonitoringItem, inv: { cloudtrail: CloudTrailSection; cloudwatch: CloudWatchSection }, ctx: EvalContext): CheckResult[] {
  const spec: MetricFilterSpec = METRIC_FILTER_SPECS[item];
  const account = accountRef(ctx);
  const errors: ReadError[] = [...multiRegionListingErrors(inv.cloudtrail)];
  const cannotInspect: string[] = [];
  let best: Progress = { stage: 0, why: 'no logging multi-region trail recording all management events delivers to CloudWatch Logs' };
  const advance = (p: Progress) => {
    if (p.stage > best.stage) best = p;
  };

  const trails: CloudTrailTrail[] = [];
  for (const trail of allTrails(inv.cloudtrail)) {
    if (!trail.isMultiRegionTrail || !trail.cloudWatchLogsLogGroupArn) continue;
    const v = multiRegionVerdict(trail);
    if (v.ok === 'unknown') errors.push(...v.errors);
    if (v.ok === true) trails.push(trail);
  }

  for (const trail of trails) {
    const group = parseLogGroupArn(trail.cloudWatchLogsLogGroupArn as string);
    if (!group) continue;
    const where = `log group ${group.name} (${group.region}) of trail ${trail.name}`;
    if (group.account !== ctx.accountId) {
      cannotInspect.push(`${where} belongs to account ${group.account}, whose metric filters and alarms this scan cannot read`);
      continue;
    }
    const region = inv.cloudwatch.regions[group.region];
    if (!region) {
      cannotInspect.push(`${where} is in a region this scan did not cover`);
      continue;
    }
    advance({ stage: 1, why: `${where} has no metric filter for ${spec.subject}` });
    if (!region.metricFilters.ok) {
      errors.push(region.metricFilters.error);
      continue;
    }
    const filters = region.metricFilters.value.filter((f) => f.logGroupName === group.name && patternCovers(f.filterPattern, spec));
    for (const filter of filters) {
      advance({ stage: 2, why: `metric filter ${filter.filterName} on ${where} has no alarm on its metric` });
      if (!region.alarms.ok) {
        errors.push(region.alarms.error);
        continue;
      }
      for (const alarm of alarmsOn(filter, region.alarms.value)) {
        const n = alarmNotifies(alarm, inv.cloudwatch, errors);
        if (n.ok) {
          return [pass(account, `Metric filter ${filter.filterName} on ${where} watches ${spec.subject}; alarm ${alarm.alarmName} notifies SNS topic ${n.topic}, which has a confirmed subscription.`)];
        }
        advance({ stage: 3, why: `metric filter ${filter.filterName} on ${where} has an alarm, but ${n.why}` });
      }
    }
  }

  if (errors.length) return [unknown(account, errors, `Whether ${spec.subject} are monitored could not be decided`)];
  if (cannotInspect.length) {
    return [{ status: 'UNKNOWN', resourceArn: account.arn, region: account.region, resourceType: 'AwsAccount', reason: `Whether ${spec.subject} are monitored could not be decided: ${cannotInspect.join('; ')}.` }];
  }
  return [fail(account, `No alarm watches ${spec.subject}: ${best.why}.`)];
}

/** Remediation shared by the 15 checks, with the CIS pattern of the item. */
export function metricFilterRemediation(item: CisMonitoringItem) {
  const spec = METRIC_FILTER_SPECS[item];
  return {
    summary: `On the CloudWatch Logs log group of a multi-region trail, create a metric filter with the pattern ${spec.cisPattern}, an alarm on its metric (Sum >= 1 over 5 minutes), and an SNS topic with a confirmed subscription as the alarm action.`,
    cli: `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name <name> --metric-transformations metricName=<metric>,metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${spec.cisPattern}' && aws cloudwatch put-metric-alarm --alarm-name <name> --metric-name <metric> --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`,
    docs: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
  };
}
