/**
 * Service last accessed details (checklist 1.21): one job per principal, polled to completion.
 */
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  type GetServiceLastAccessedDetailsCommandOutput,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { IamServiceLastAccessed } from '../../model/iam.js';
import type { Observed } from '../../model/observed.js';
import type { CollectContext } from '../kit/context.js';
import type { ReadScope } from '../kit/read.js';
import { iso, sleep } from '../kit/time.js';
import { GLOBAL } from './common.js';

/**
 * How long one job may stay IN_PROGRESS after it was started. AWS usually completes a job in
 * seconds; the limit is per job (not per scan), because with hundreds of principals the paced
 * calls alone take minutes, and a shared deadline would turn that wait into a flood of UNKNOWN.
 */
const JOB_WAIT_MS = 300_000;
/** First poll of a job: AWS rarely finishes sooner, and an early poll only spends IAM's rate. */
const FIRST_POLL_MS = 1_000;

/**
 * Runs one GenerateServiceLastAccessedDetails job per principal and polls each to completion:
 * every principal, however many (no cap: a skipped principal is an UNKNOWN finding, and hundreds
 * of them bury the real findings). The calls are paced per action by the scheduler like every
 * other read; the IAM collector starts this chain first, so it overlaps the rest of the scan.
 * The first principal goes alone: if the API is denied or not supported there (moto answers
 * 500), every principal gets the same error instead of hundreds of failing calls.
 */
export async function readServiceLastAccessed(
  ctx: CollectContext,
  client: IAMClient,
  arns: string[],
): Promise<Map<string, Observed<IamServiceLastAccessed[]>>> {
  const out = new Map<string, Observed<IamServiceLastAccessed[]>>();
  const principals = [...new Set(arns.filter(Boolean))];
  if (principals.length === 0) return out;
  const [first, ...rest] = principals as [string, ...string[]];
  const firstResult = await readOneServiceLastAccessed(ctx, client, first);
  out.set(first, firstResult);
  if (
    !firstResult.ok &&
    firstResult.error.action === 'iam:GenerateServiceLastAccessedDetails' &&
    ['not-supported', 'access-denied'].includes(firstResult.error.kind)
  ) {
    for (const arn of rest) out.set(arn, { ok: false, error: { ...firstResult.error, target: arn } });
    return out;
  }
  const results = await Promise.all(rest.map(async (arn) => [arn, await readOneServiceLastAccessed(ctx, client, arn)] as const));
  for (const [arn, r] of results) out.set(arn, r);
  return out;
}

async function readOneServiceLastAccessed(
  ctx: CollectContext,
  client: IAMClient,
  arn: string,
): Promise<Observed<IamServiceLastAccessed[]>> {
  const scope: ReadScope = { target: arn, region: GLOBAL };
  const job = await ctx.reader.read('iam:GenerateServiceLastAccessedDetails', scope, () =>
    client.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn })),
  );
  if (!job.ok) return job;
  const jobId = job.value.JobId;
  if (!jobId)
    return ctx.reader.fail('iam:GenerateServiceLastAccessedDetails', scope, 'GenerateServiceLastAccessedDetails returned no JobId');
  const deadline = Date.now() + JOB_WAIT_MS;
  await sleep(FIRST_POLL_MS);
  const services: IamServiceLastAccessed[] = [];
  let marker: string | undefined;
  for (let attempt = 0; ;) {
    const page: Observed<GetServiceLastAccessedDetailsCommandOutput> = await ctx.reader.read(
      'iam:GetServiceLastAccessedDetails',
      scope,
      () => client.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, ...(marker ? { Marker: marker } : {}) })),
    );
    if (!page.ok) return page;
    const r = page.value;
    if (r.JobStatus === 'FAILED')
      return ctx.reader.fail(
        'iam:GetServiceLastAccessedDetails',
        scope,
        `the job failed: ${r.Error?.Message ?? r.Error?.Code ?? 'no detail'}`,
      );
    if (r.JobStatus === 'IN_PROGRESS') {
      if (Date.now() >= deadline)
        return ctx.reader.fail('iam:GetServiceLastAccessedDetails', scope, `the job did not complete within ${JOB_WAIT_MS / 1000} s`);
      await sleep(Math.min(2_000, 250 * 2 ** attempt++));
      continue;
    }
    for (const s of r.ServicesLastAccessed ?? []) {
      services.push({
        serviceNamespace: s.ServiceNamespace ?? '',
        serviceName: s.ServiceName ?? '',
        lastAuthenticated: iso(s.LastAuthenticated),
      });
    }
    if (!r.IsTruncated || !r.Marker) return { ok: true, value: services };
    marker = r.Marker;
  }
}
