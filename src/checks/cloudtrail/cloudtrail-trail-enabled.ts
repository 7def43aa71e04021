import type { ReadError } from '../../model/observed.js';
import { accountRef, defineCheck, eachRegion, fail, pass, unknown } from '../define-check.js';
import { allTrails } from './trails.js';

/**
 * Security Hub CloudTrail.3 (AWS Config cloudtrail-enabled): at least one trail is enabled, i.e.
 * logging. Judged per scanned region, as Security Hub evaluates it in each region: a region is
 * covered by a logging multi-region trail, or by a logging trail whose home region it is.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-3
 */
export const cloudtrailTrailEnabled = defineCheck({
  id: 'cloudtrail-trail-enabled',
  title: 'At least one CloudTrail trail is logging in each region',
  service: 'cloudtrail',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['CloudTrail.3'] },
  rationale:
    'Without a logging trail, the API activity of the region is kept only in the 90-day event history, with no copy the account controls for investigations.',
  remediation: {
    summary: 'Create a trail (preferably multi-region) and start logging.',
    cli: 'aws cloudtrail create-trail --name <trail> --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name <trail>',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
  },
  reads: ['cloudtrail'],
  evaluate: (inv, ctx) => {
    const trails = allTrails(inv.cloudtrail);
    return eachRegion(inv.cloudtrail.trails, (region, listing) => {
      const account = accountRef(ctx, region, 'cloudtrail');
      // A multi-region trail applies to every region; a single-region trail to its home region only.
      const applying = trails.filter((t) => t.isMultiRegionTrail || t.homeRegion === region);
      const logging = applying.find((t) => t.status.ok && t.status.value.isLogging);
      if (logging)
        return pass(
          account,
          `Trail ${logging.name} (${logging.isMultiRegionTrail ? 'multi-region' : 'single-region'}, home ${logging.homeRegion}) is logging in ${region}.`,
        );
      const errors: ReadError[] = applying.flatMap((t) => (t.status.ok ? [] : [t.status.error]));
      if (!listing.ok) errors.unshift(listing.error);
      if (errors.length > 0) return unknown(account, errors, `Whether a trail is logging in ${region} could not be decided`);
      return applying.length > 0
        ? fail(
            account,
            `No CloudTrail trail is logging in ${region}: ${applying.map((t) => t.name).join(', ')} ${applying.length === 1 ? 'is' : 'are'} stopped.`,
          )
        : fail(account, `No CloudTrail trail applies to ${region}.`);
    });
  },
});
