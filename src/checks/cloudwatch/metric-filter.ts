/**
 * The shared evaluator of CIS 4.1-4.15 (Security Hub CloudWatch.1-14): "a log metric filter and
 * alarm exist for <events>". Following the CIS audit procedure, it passes when an active
 * multi-region trail that records all management events delivers to a CloudWatch Logs log group
 * that has a metric filter covering the events, an alarm on that filter's metric with actions
 * enabled, and an SNS topic among the alarm's actions with at least one confirmed subscription.
 * "Covering" is decided on the parsed pattern (filter-pattern.ts), not on which terms it mentions:
 * a filter that ANDs in a narrowing term, or joins the events with && instead of ||, does not cover.
 */
import type { CheckResult, EvalContext } from '../types.js';
import type { CloudTrailTrail } from '../../model/cloudtrail.js';
import type { CloudWatchAlarm, CloudWatchMetricFilter, CloudWatchSection } from '../../model/cloudwatch.js';
import type { CloudTrailSection } from '../../model/cloudtrail.js';
import type { ReadError } from '../../model/observed.js';
import { accountRef, fail, pass, undecided, unknown } from '../define-check.js';
import { allTrails, multiRegionListingErrors, multiRegionVerdict } from '../cloudtrail/trails.js';
import { DNF_LIMIT, parseFilterPattern, toDnf, uncoveredConjunct, type Conjunct } from './filter-pattern.js';

export interface MetricFilterSpec {
  /** CIS v3.0.0 recommendation number */
  cis: string;
  /** What the filter watches, for reasons ("unauthorized API calls") */
  subject: string;
  /** The pattern the remediation recommends (CIS's remediation pattern); also a reference. */
  cisPattern: string;
  /**
   * Further patterns CIS v3.0.0 gives for the item (its audit text and remediation differ for some
   * items, and some offer a narrower alternative). A filter covering any one reference passes.
   */
  variants?: readonly string[];
  /**
   * The CloudTrail eventSource of every event the item is about. A filter may narrow to it (e.g.
   * `$.eventSource = ec2.amazonaws.com && ...`) without missing any of them: each reference
   * conjunct is taken with this term added. A filter narrowed to another source still fails.
   */
  eventSource?: string;
}

const ec2 = 'ec2.amazonaws.com';

/**
 * Patterns of CIS AWS Foundations v3.0.0 section 4 (its audit procedures; see the per-item notes
 * where they differ from the remediation). A filter passes when it matches every event one of the
 * item's references matches, so a filter without the references' false-positive exclusions (e.g.
 * `invokedBy NOT EXISTS` in 4.3) passes, and one with an extra narrowing term fails.
 */
export const METRIC_FILTER_SPECS = {
  '4.1': {
    cis: '4.1',
    subject: 'unauthorized API calls',
    cisPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
    variants: [
      // CIS v3.0.0 audit and remediation text, verbatim. It joins the two exclusions with `||`, so
      // it matches nearly every event (anything not from delivery.logs, anything but HeadBucket);
      // a filter covering it alarms on all API activity.
      '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") || ($.sourceIPAddress!="delivery.logs.amazonaws.com") || ($.eventName!="HeadBucket") }',
      // What the exclusions are for: the error codes, minus CloudWatch Logs delivery and HeadBucket
      // probes. The remediation pattern above (CIS v1.2.0 3.1, without exclusions) covers it too.
      '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    ],
  },
  '4.2': {
    cis: '4.2',
    subject: 'console sign-in without MFA',
    cisPattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
    // CIS's alternative "to reduce false positives in case Single Sign-On (SSO) is used".
    variants: [
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    ],
    eventSource: 'signin.amazonaws.com',
  },
  '4.3': {
    cis: '4.3',
    subject: 'root user usage',
    cisPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  '4.4': {
    cis: '4.4',
    subject: 'IAM policy changes',
    cisPattern:
      '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
    eventSource: 'iam.amazonaws.com',
  },
  '4.5': {
    cis: '4.5',
    subject: 'CloudTrail configuration changes',
    cisPattern:
      '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
    eventSource: 'cloudtrail.amazonaws.com',
  },
  '4.6': {
    cis: '4.6',
    subject: 'console authentication failures',
    cisPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    eventSource: 'signin.amazonaws.com',
  },
  '4.7': {
    cis: '4.7',
    subject: 'disabling or scheduled deletion of customer managed KMS keys',
    cisPattern: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
    eventSource: 'kms.amazonaws.com',
  },
  '4.8': {
    cis: '4.8',
    subject: 'S3 bucket policy changes',
    cisPattern:
      '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
    eventSource: 's3.amazonaws.com',
  },
  '4.9': {
    cis: '4.9',
    subject: 'AWS Config configuration changes',
    cisPattern:
      '{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }',
    eventSource: 'config.amazonaws.com',
  },
  '4.10': {
    cis: '4.10',
    subject: 'security group changes',
    cisPattern:
      '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
    eventSource: ec2,
  },
  '4.11': {
    cis: '4.11',
    subject: 'network ACL changes',
    cisPattern:
      '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
    eventSource: ec2,
  },
  '4.12': {
    cis: '4.12',
    subject: 'network gateway changes',
    cisPattern:
      '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
    eventSource: ec2,
  },
  '4.13': {
    cis: '4.13',
    subject: 'route table changes',
    cisPattern:
      '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
    // The CIS v3.0.0 audit text (the remediation gives the pattern above). `&&` binds tighter than
    // `||`, so only CreateRoute is narrowed to ec2.amazonaws.com.
    variants: [
      '{($.eventSource = ec2.amazonaws.com) && ($.eventName =CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName =ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName= DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName =DisassociateRouteTable) }',
    ],
    eventSource: ec2,
  },
  '4.14': {
    cis: '4.14',
    subject: 'VPC changes',
    cisPattern:
      '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
    eventSource: ec2,
  },
  '4.15': {
    cis: '4.15',
    subject: 'AWS Organizations changes',
    cisPattern:
      '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
    eventSource: 'organizations.amazonaws.com',
  },
} as const satisfies Record<string, MetricFilterSpec>;

export type CisMonitoringItem = keyof typeof METRIC_FILTER_SPECS;

/** The DNF of each reference of `spec`, with the implied eventSource term added to each conjunct. */
export function referenceDnfs(spec: MetricFilterSpec): Conjunct[][] {
  return [spec.cisPattern, ...(spec.variants ?? [])].map((pattern) => {
    const parsed = parseFilterPattern(pattern);
    const dnf = parsed.ok ? toDnf(parsed.node) : undefined;
    // The references are constants of this file; the tests parse every one.
    if (!dnf) throw new Error(`CIS ${spec.cis} reference pattern does not parse or expand: ${pattern}`);
    const source = spec.eventSource;
    if (source === undefined) return dnf;
    return dnf.map((c) =>
      c.some((t) => t.field === 'eventSource' && t.op === '=') ? c : [...c, { field: 'eventSource', op: '=', value: source }],
    );
  });
}

const referenceCache = new Map<MetricFilterSpec, Conjunct[][]>();
const referencesOf = (spec: MetricFilterSpec): Conjunct[][] => {
  let r = referenceCache.get(spec);
  if (!r) referenceCache.set(spec, (r = referenceDnfs(spec)));
  return r;
};

/**
 * How a filter pattern relates to an item: `covers` when it matches every event of at least one of
 * the item's references; `misses` otherwise (with a reference conjunct it does not match, from the
 * first reference); `unparseable`; or `too-complex` when its DNF exceeds DNF_LIMIT conjuncts and
 * Bulwark cannot tell.
 */
export type Coverage =
  { verdict: 'covers' } | { verdict: 'misses'; example: Conjunct } | { verdict: 'unparseable'; error: string } | { verdict: 'too-complex' };

export function patternCoverage(pattern: string, spec: MetricFilterSpec): Coverage {
  const parsed = parseFilterPattern(pattern);
  if (!parsed.ok) return { verdict: 'unparseable', error: parsed.error };
  const dnf = toDnf(parsed.node);
  if (!dnf) return { verdict: 'too-complex' };
  const misses = referencesOf(spec).map((ref) => uncoveredConjunct(dnf, ref));
  if (misses.some((m) => m === undefined)) return { verdict: 'covers' };
  return { verdict: 'misses', example: misses[0] as Conjunct };
}

/** Whether a filter pattern matches every CIS-required event of the item (false when undecidable). */
export function patternCovers(pattern: string, spec: MetricFilterSpec): boolean {
  return patternCoverage(pattern, spec).verdict === 'covers';
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
export function alarmNotifies(
  alarm: CloudWatchAlarm,
  cw: CloudWatchSection,
  errors: ReadError[],
): { ok: true; topic: string } | { ok: false; why: string } {
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
  const queried = (
    a: CloudWatchAlarm,
  ): { metricName: string | null; namespace: string | null; dimensions: readonly { name: string }[] }[] => [
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
export function evaluateMetricFilter(
  item: CisMonitoringItem,
  inv: { cloudtrail: CloudTrailSection; cloudwatch: CloudWatchSection },
  ctx: EvalContext,
): CheckResult[] {
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
    if (!region.metricFilters.ok) {
      advance({ stage: 1, why: `${where} has no metric filter for ${spec.subject}` });
      errors.push(region.metricFilters.error);
      continue;
    }
    // Filters that cover the item, then those too complex to decide (which can at best be UNKNOWN).
    const covering: CloudWatchMetricFilter[] = [];
    const undecidedFilters: { filter: CloudWatchMetricFilter; why: string }[] = [];
    const unparseable: string[] = [];
    for (const f of region.metricFilters.value) {
      if (f.logGroupName !== group.name) continue;
      const c = patternCoverage(f.filterPattern, spec);
      if (c.verdict === 'covers') covering.push(f);
      else if (c.verdict === 'too-complex')
        undecidedFilters.push({
          filter: f,
          why: `its pattern expands to more than ${DNF_LIMIT} alternatives, too many to compare with the CIS pattern`,
        });
      else if (c.verdict === 'unparseable') {
        unparseable.push(`the pattern of metric filter ${f.filterName} could not be parsed (${c.error})`);
        // CloudWatch Logs validated the pattern when it was created, so this is a form Bulwark
        // does not read (e.g. a text or space-delimited pattern), not proof that nothing is watched.
        undecidedFilters.push({ filter: f, why: `its pattern could not be parsed by Bulwark (${c.error})` });
      }
    }
    advance({ stage: 1, why: [`${where} has no metric filter for ${spec.subject}`, ...unparseable].join('; ') });
    for (const filter of covering) {
      advance({ stage: 2, why: `metric filter ${filter.filterName} on ${where} has no alarm on its metric` });
      if (!region.alarms.ok) {
        errors.push(region.alarms.error);
        continue;
      }
      for (const alarm of alarmsOn(filter, region.alarms.value)) {
        const n = alarmNotifies(alarm, inv.cloudwatch, errors);
        if (n.ok) {
          return [
            pass(
              account,
              `Metric filter ${filter.filterName} on ${where} watches ${spec.subject}; alarm ${alarm.alarmName} notifies SNS topic ${n.topic}, which has a confirmed subscription.`,
            ),
          ];
        }
        advance({ stage: 3, why: `metric filter ${filter.filterName} on ${where} has an alarm, but ${n.why}` });
      }
    }
    // A filter Bulwark cannot decide (too complex, or a pattern form it does not parse) matters only
    // if it has a notifying alarm: then it might be the one that satisfies the item, and the answer
    // is UNKNOWN rather than FAIL.
    for (const { filter, why } of undecidedFilters) {
      if (!region.alarms.ok) {
        errors.push(region.alarms.error);
        continue;
      }
      const notifying = alarmsOn(filter, region.alarms.value).find((a) => alarmNotifies(a, inv.cloudwatch, errors).ok);
      if (notifying) {
        cannotInspect.push(`metric filter ${filter.filterName} on ${where} has a notifying alarm (${notifying.alarmName}), but ${why}`);
      }
    }
  }

  if (errors.length) return [unknown(account, errors, `Whether ${spec.subject} are monitored could not be decided`)];
  if (cannotInspect.length) {
    return [undecided(account, `Whether ${spec.subject} are monitored could not be decided: ${cannotInspect.join('; ')}.`)];
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
