/**
 * Who owns an access key ID found in a source tree (`scan --secrets`), and whether it is active.
 * IAM lists keys only per user; GetAccessKeyLastUsed names the owner of any key of the account,
 * so a found key costs two calls instead of a ListAccessKeys per user of the account.
 */
import { GetAccessKeyLastUsedCommand, paginateListAccessKeys, type IAMClient } from '@aws-sdk/client-iam';
import type { IamAccessKeyLookup } from '../../model/iam.js';
import type { Observed } from '../../model/observed.js';
import type { CollectContext } from '../kit/context.js';
import { allPages } from '../kit/list.js';
import { iso } from '../kit/time.js';
import { GLOBAL, NO_SUCH_ENTITY } from './common.js';

/**
 * One lookup per long-term key ID (AKIA…). Temporary (ASIA…) IDs are STS session keys that IAM
 * does not know; the leaked-key check judges them without a read.
 */
export async function readAccessKeyLookups(
  ctx: CollectContext,
  client: IAMClient,
  keyIds: readonly string[],
): Promise<Record<string, Observed<IamAccessKeyLookup | null>>> {
  const ids = [...new Set(keyIds)].filter((id) => !id.startsWith('ASIA'));
  const entries = await Promise.all(ids.map(async (id) => [id, await lookUp(ctx, client, id)] as const));
  return Object.fromEntries(entries);
}

async function lookUp(ctx: CollectContext, client: IAMClient, accessKeyId: string): Promise<Observed<IamAccessKeyLookup | null>> {
  const scope = { target: `access key ${accessKeyId}`, region: GLOBAL };
  // NoSuchEntity: no user of this account has the key (it may be another account's, or deleted).
  const used = await ctx.reader.read(
    'iam:GetAccessKeyLastUsed',
    scope,
    () => client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId })),
    { absentWhen: NO_SUCH_ENTITY },
  );
  if (!used.ok) return used;
  if (used.value === null) return { ok: true, value: null };
  const userName = used.value.UserName;
  if (!userName) return ctx.reader.fail('iam:GetAccessKeyLastUsed', scope, 'GetAccessKeyLastUsed named no owner for the key');
  const keys = await ctx.reader.read(
    'iam:ListAccessKeys',
    { target: `arn:${ctx.partition}:iam::${ctx.accountId}:user/${userName}`, region: GLOBAL },
    () => allPages(paginateListAccessKeys({ client }, { UserName: userName }), (p) => p.AccessKeyMetadata),
  );
  if (!keys.ok) return keys;
  const key = keys.value.find((k) => k.AccessKeyId === accessKeyId);
  const last = used.value.AccessKeyLastUsed;
  return {
    ok: true,
    value: {
      userName,
      status: key?.Status === 'Active' || key?.Status === 'Inactive' || key?.Status === 'Expired' ? key.Status : null,
      lastUsedDate: iso(last?.LastUsedDate),
      // 'N/A' when the key was never used.
      serviceName: last?.ServiceName && last.ServiceName !== 'N/A' ? last.ServiceName : null,
    },
  };
}
