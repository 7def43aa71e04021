import { DAY_MS, defineCheck, eachRegional, fail, formatAge, pass, undecided } from '../define-check.js';

/** Security Hub EC2.4's default AllowedDays. */
const ALLOWED_DAYS = 30;

/**
 * The stop time EC2 writes into StateTransitionReason, e.g. "User initiated (2026-01-02 03:04:05
 * GMT)". Parsed strictly: the whole timestamp must be a real UTC instant, or there is no time.
 */
export function stoppedAt(reason: string | null): Date | undefined {
  const m = /\((\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT\)/.exec(reason ?? '');
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const roundTrip =
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === mi &&
    t.getUTCSeconds() === s;
  return roundTrip ? t : undefined;
}

export const ec2InstanceStoppedRecently = defineCheck({
  id: 'ec2-instance-stopped-recently',
  title: 'EC2 instances have not been stopped for more than 30 days',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AwsEc2Instance',
  frameworks: { fsbp: ['EC2.4'], checklist: ['6.5'] },
  rationale:
    'An instance stopped for weeks misses every patch released meanwhile and keeps its volumes, addresses and credentials around; started again, it comes back out of date. As Security Hub EC2.4 (AllowedDays 30), an instance fails when it has been stopped for more than 30 days.',
  remediation: {
    summary: 'Terminate instances that have been stopped for more than 30 days (snapshot or image them first if needed).',
    cli: 'aws ec2 terminate-instances --instance-ids <instance-id>',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (i) => {
      if (i.state === 'terminated' || i.state === 'shutting-down') return undefined;
      if (i.state !== 'stopped') return pass(i, `EC2 instance ${i.instanceId} is ${i.state}.`);
      const at = stoppedAt(i.stateTransitionReason);
      // The stop time is only in this free-text field; without a real timestamp there is no age.
      if (!at)
        return undecided(
          i,
          `EC2 instance ${i.instanceId} is stopped, but its StateTransitionReason (${JSON.stringify(i.stateTransitionReason ?? '')}) holds no stop time to measure.`,
        );
      const age = ctx.now.getTime() - at.getTime();
      return age > ALLOWED_DAYS * DAY_MS
        ? fail(
            i,
            `EC2 instance ${i.instanceId} has been stopped since ${at.toISOString()} (${formatAge(age)}), more than ${ALLOWED_DAYS} days.`,
          )
        : pass(
            i,
            `EC2 instance ${i.instanceId} has been stopped since ${at.toISOString()} (${formatAge(age)}), within ${ALLOWED_DAYS} days.`,
          );
    }),
});
