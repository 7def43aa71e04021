/**
 * Shared reading of CloudTrail trails for the cloudtrail checks and the CIS 4.x metric filter
 * checks (which start from "an active multi-region trail that records all management events").
 */
import type { CloudTrailSection, CloudTrailSelectors, CloudTrailTrail } from '../../model/cloudtrail.js';
import type { ReadError } from '../../model/observed.js';
import { accountRef, eachRegion, fail, pass, unknown, type CheckResult, type EvalContext } from '../define-check.js';

export interface ManagementCoverage {
  read: boolean;
  write: boolean;
}

/**
 * Whether the selectors record read and write management events of every event source.
 * Classic selectors: IncludeManagementEvents with ReadWriteType All (or ReadOnly + WriteOnly
 * selectors together), and no ExcludeManagementEventSources. Advanced selectors: a selector whose
 * only conditions are `eventCategory = Management` and optionally `readOnly`:
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html
 */
export function managementCoverage(selectors: CloudTrailSelectors): ManagementCoverage {
  const cov: ManagementCoverage = { read: false, write: false };
  for (const s of selectors.eventSelectors) {
    if (!s.includeManagementEvents || s.excludeManagementEventSources.length > 0) continue;
    if (s.readWriteType === 'All' || s.readWriteType === 'ReadOnly') cov.read = true;
    if (s.readWriteType === 'All' || s.readWriteType === 'WriteOnly') cov.write = true;
  }
  for (const s of selectors.advancedEventSelectors) {
    const category = s.fieldSelectors.filter((f) => f.field === 'eventCategory');
    const isManagement = category.length > 0 && category.every((f) => f.equals.includes('Management') && f.notEquals.length === 0);
    // Any other condition (eventSource exclusions, ...) narrows the selector to part of the events.
    const others = s.fieldSelectors.filter((f) => f.field !== 'eventCategory' && f.field !== 'readOnly');
    if (!isManagement || others.length > 0) continue;
    const ro = s.fieldSelectors.filter((f) => f.field === 'readOnly');
    if (ro.length === 0) {
      cov.read = true;
      cov.write = true;
      continue;
    }
    const allows = (v: 'true' | 'false') =>
      ro.every(
        (f) =>
          (f.equals.length === 0 || f.equals.includes(v)) &&
          !f.notEquals.includes(v) &&
          f.startsWith.length === 0 &&
          f.endsWith.length === 0,
      );
    if (allows('true')) cov.read = true;
    if (allows('false')) cov.write = true;
  }
  return cov;
}

export type TrailVerdict = { ok: true } | { ok: false; why: string } | { ok: 'unknown'; errors: ReadError[] };

/** Is this trail a multi-region trail that is logging and records all read and write management events? */
export function multiRegionVerdict(trail: CloudTrailTrail): TrailVerdict {
  if (!trail.isMultiRegionTrail) return { ok: false, why: 'is a single-region trail' };
  const errors: ReadError[] = [];
  if (!trail.status.ok) errors.push(trail.status.error);
  if (!trail.selectors.ok) errors.push(trail.selectors.error);
  if (trail.status.ok && !trail.status.value.isLogging) return { ok: false, why: 'is not logging' };
  if (trail.selectors.ok) {
    const cov = managementCoverage(trail.selectors.value);
    if (!cov.read || !cov.write) {
      const missing = !cov.read && !cov.write ? 'management events' : !cov.read ? 'read management events' : 'write management events';
      return { ok: false, why: `does not record all ${missing}` };
    }
  }
  return errors.length ? { ok: 'unknown', errors } : { ok: true };
}

/**
 * Failed DescribeTrails reads, when they could hide a multi-region trail. A multi-region trail is
 * listed (as a shadow trail) in every region, so one successful listing shows all of them:
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
 */
export function multiRegionListingErrors(section: CloudTrailSection): ReadError[] {
  const listings = Object.values(section.trails);
  if (listings.some((l) => l.ok)) return [];
  return listings.flatMap((l) => (l.ok ? [] : [l.error]));
}

/** Every trail that was read, once each (the regions whose listing failed contribute none). */
export function allTrails(section: CloudTrailSection): CloudTrailTrail[] {
  return Object.keys(section.trails)
    .sort()
    .flatMap((region) => {
      const listing = section.trails[region];
      return listing?.ok ? listing.value : [];
    });
}

/**
 * Runs `fn` on every trail, plus one UNKNOWN per region whose DescribeTrails failed (its own
 * trails could not be seen), so a per-trail check never skips a trail silently.
 */
export function eachTrail(
  section: CloudTrailSection,
  ctx: EvalContext,
  fn: (trail: CloudTrailTrail) => CheckResult | CheckResult[] | undefined,
): CheckResult[] {
  return eachRegion(section.trails, (region, listing) =>
    listing.ok
      ? listing.value.flatMap((t) => fn(t) ?? [])
      : unknown(
          { arn: `arn:${ctx.partition}:cloudtrail:${region}:${ctx.accountId}:trail/*`, region, resourceType: 'AwsAccount' },
          listing.error,
          `The trails of ${region} could not be listed`,
        ),
  );
}

/**
 * Whether the selectors record S3 object-level (data) events of every bucket, read and write.
 * Classic selectors: a DataResources entry of type AWS::S3::Object whose values include
 * `arn:<partition>:s3` or `arn:<partition>:s3:::` (all buckets), with ReadWriteType All / ReadOnly
 * / WriteOnly. Advanced selectors: `eventCategory = Data` and `resources.type = AWS::S3::Object`,
 * with no condition narrowing it to some buckets or events (only readOnly may be set).
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html
 */
export function s3DataEventCoverage(selectors: CloudTrailSelectors): ManagementCoverage {
  const cov: ManagementCoverage = { read: false, write: false };
  const allBuckets = (v: string) => /^arn:[a-z-]+:s3(:::)?$/.test(v);
  for (const s of selectors.eventSelectors) {
    if (!s.dataResources.some((d) => d.type === 'AWS::S3::Object' && d.values.some(allBuckets))) continue;
    if (s.readWriteType === 'All' || s.readWriteType === 'ReadOnly') cov.read = true;
    if (s.readWriteType === 'All' || s.readWriteType === 'WriteOnly') cov.write = true;
  }
  const exactly = (
    f: { equals: string[]; notEquals: string[]; startsWith: string[]; notStartsWith: string[]; endsWith: string[]; notEndsWith: string[] },
    v: string,
  ) =>
    f.equals.length === 1 &&
    f.equals[0] === v &&
    f.notEquals.length + f.startsWith.length + f.notStartsWith.length + f.endsWith.length + f.notEndsWith.length === 0;
  for (const s of selectors.advancedEventSelectors) {
    const category = s.fieldSelectors.filter((f) => f.field === 'eventCategory');
    const type = s.fieldSelectors.filter((f) => f.field === 'resources.type');
    const others = s.fieldSelectors.filter((f) => !['eventCategory', 'resources.type', 'readOnly'].includes(f.field));
    if (category.length === 0 || !category.every((f) => exactly(f, 'Data'))) continue;
    if (type.length === 0 || !type.every((f) => exactly(f, 'AWS::S3::Object')) || others.length > 0) continue;
    const ro = s.fieldSelectors.filter((f) => f.field === 'readOnly');
    const allows = (v: 'true' | 'false') =>
      ro.every(
        (f) =>
          (f.equals.length === 0 || f.equals.includes(v)) &&
          !f.notEquals.includes(v) &&
          f.startsWith.length === 0 &&
          f.endsWith.length === 0,
      );
    if (allows('true')) cov.read = true;
    if (allows('false')) cov.write = true;
  }
  return cov;
}

/**
 * S3.22 / S3.23 (CIS 3.8 / 3.9): PASS when one multi-region trail records S3 data events of the
 * given kind for every bucket; UNKNOWN when none does but a trail listing or selector read failed
 * (the unread one might); FAIL otherwise.
 */
export function judgeS3DataEvents(section: CloudTrailSection, ctx: EvalContext, kind: 'read' | 'write'): CheckResult[] {
  const account = accountRef(ctx);
  const errors: ReadError[] = [...multiRegionListingErrors(section)];
  const multiRegion = allTrails(section).filter((t) => t.isMultiRegionTrail);
  for (const trail of multiRegion) {
    if (!trail.selectors.ok) {
      errors.push(trail.selectors.error);
      continue;
    }
    if (s3DataEventCoverage(trail.selectors.value)[kind])
      return [pass(account, `Multi-region trail ${trail.name} records S3 ${kind} data events of every bucket.`)];
  }
  if (errors.length > 0)
    return [unknown(account, errors, `Whether a multi-region trail records S3 ${kind} data events could not be decided`)];
  return [
    fail(
      account,
      multiRegion.length === 0
        ? `The account has no multi-region CloudTrail trail, so S3 ${kind} data events are not recorded for every bucket.`
        : `No multi-region trail records S3 ${kind} data events of every bucket (${multiRegion.map((t) => t.name).join(', ')}).`,
    ),
  ];
}
