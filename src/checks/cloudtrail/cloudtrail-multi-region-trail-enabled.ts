import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';
import type { ReadError } from '../../model/observed.js';
import { allTrails, multiRegionListingErrors, multiRegionVerdict } from './trails.js';

export const cloudtrailMultiRegionTrailEnabled = defineCheck({
  id: 'cloudtrail-multi-region-trail-enabled',
  title: 'At least one multi-region CloudTrail trail is logging read and write management events',
  service: 'cloudtrail',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudTrail.1'], 'cis-3.0': ['3.1'], checklist: ['5.1'] },
  rationale:
    'A multi-region trail recording all management events is the account-wide audit record of who changed what; without it activity in unused regions, and every read, goes unrecorded.',
  remediation: {
    summary: 'Create (or convert an existing trail into) a multi-region trail, start logging, and record read and write management events.',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail && aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\' && aws cloudtrail start-logging --name <trail>',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const errors: ReadError[] = [...multiRegionListingErrors(inv.cloudtrail)];
    const rejected: string[] = [];
    for (const trail of allTrails(inv.cloudtrail)) {
      const v = multiRegionVerdict(trail);
      if (v.ok === true) {
        return [
          pass(
            account,
            `Trail ${trail.name} (home ${trail.homeRegion}) is a logging multi-region trail recording read and write management events.`,
          ),
        ];
      }
      if (v.ok === 'unknown') errors.push(...v.errors);
      else if (trail.isMultiRegionTrail) rejected.push(`${trail.name} ${v.why}`);
    }
    if (errors.length) return [unknown(account, errors, 'Whether a multi-region trail records all management events could not be decided')];
    if (rejected.length) return [fail(account, `No multi-region trail records all management events: ${rejected.join('; ')}.`)];
    return [
      fail(account, `The account has no multi-region CloudTrail trail (${allTrails(inv.cloudtrail).length} single-region trail(s)).`),
    ];
  },
});
