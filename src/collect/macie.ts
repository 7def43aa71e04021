import {
  GetAdministratorAccountCommand,
  GetAutomatedDiscoveryConfigurationCommand,
  GetMacieSessionCommand,
  Macie2Client,
  type GetMacieSessionCommandOutput,
} from '@aws-sdk/client-macie2';
import type { Observed } from '../model/observed.js';
import type { MacieSection, MacieSession } from '../model/macie.js';
import type { Collector } from './kit/collector.js';
import { iso } from './kit/time.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { mapObserved } from './kit/observed.js';

export const macieCollector: Collector<'macie'> = {
  section: 'macie',
  collect: (ctx) => collectMacie(ctx),
};

/**
 * AWS answers GetMacieSession in a region where Macie is not enabled with AccessDeniedException
 * and the message "Macie is not enabled" (https://repost.aws/questions/QU8ZC1xd9BQV2vnGkod7gQww),
 * the same code as a real permission denial. Only that message means "not enabled"; any other
 * AccessDeniedException stays a denied read.
 */
export function isMacieNotEnabled(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | undefined;
  return e?.name === 'AccessDeniedException' && /macie is not enabled/i.test(e.message ?? '');
}

export async function collectMacie(ctx: CollectContext): Promise<MacieSection> {
  const sessions = await forEachRegion(ctx, 'macie', (region) => readMacieSession(ctx, region));
  return { sessions };
}

const ZONELESS_TIMESTAMP = /("(?:createdAt|updatedAt)"\s*:\s*")(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(")/g;
const TOLERANCE_MIDDLEWARE = 'bulwarkZonelessMacieTimestamps';

/**
 * Emulators (moto) answer GetMacieSession with timestamps without a zone ("2026-01-01T10:00:00.123456"),
 * which the SDK rejects ("Invalid RFC-3339 date-time value") so the whole read would fail. This
 * middleware sits between the HTTP response and the deserializer and reads such a timestamp as
 * UTC. AWS always sends a zone, so on AWS it changes nothing.
 */
function tolerateZonelessTimestamps(client: Macie2Client): void {
  if (client.middlewareStack.identify().some((n) => n.startsWith(TOLERANCE_MIDDLEWARE))) return;
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      const response = out.response as { body?: unknown };
      const body = response.body as AsyncIterable<Uint8Array> | undefined;
      if (body && typeof body[Symbol.asyncIterator] === 'function') {
        const chunks: Uint8Array[] = [];
        for await (const chunk of body) chunks.push(chunk);
        response.body = Buffer.from(Buffer.concat(chunks).toString('utf8').replace(ZONELESS_TIMESTAMP, '$1$2Z$3'), 'utf8');
      }
      return out;
    },
    { step: 'deserialize', priority: 'low', name: TOLERANCE_MIDDLEWARE },
  );
}

async function readMacieSession(ctx: CollectContext, region: string): Promise<Observed<MacieSession | null>> {
  const client = ctx.clients.get(Macie2Client, region);
  tolerateZonelessTimestamps(client);
  const read = await ctx.reader.read(
    'macie2:GetMacieSession',
    { target: `arn:${ctx.partition}:macie2:${region}:${ctx.accountId}:account`, region },
    // Turn the "not enabled" denial into an answer before read() classifies it as access-denied.
    () =>
      client.send(new GetMacieSessionCommand({})).catch((err: unknown): null => {
        if (isMacieNotEnabled(err)) return null;
        throw err;
      }),
    // moto answers ResourceNotFoundException where AWS answers the "not enabled" denial above:
    // either way no session exists in the region.
    { absentWhen: ['ResourceNotFoundException'] },
  );
  const session = mapObserved(read, (s: GetMacieSessionCommandOutput | null) =>
    s && s.status ? { status: s.status, createdAt: iso(s.createdAt), updatedAt: iso(s.updatedAt) } : null,
  );
  if (!session.ok || !session.value) return session;
  // Where Macie runs: is automated sensitive data discovery on (Macie.2), and is this account a
  // member of another account's Macie (Macie.2 applies to administrator and standalone accounts)?
  const scope = { target: `arn:${ctx.partition}:macie2:${region}:${ctx.accountId}:account`, region };
  const [discovery, administrator] = await Promise.all([
    ctx.reader.read('macie2:GetAutomatedDiscoveryConfiguration', scope, () =>
      client.send(new GetAutomatedDiscoveryConfigurationCommand({})),
    ),
    ctx.reader.read('macie2:GetAdministratorAccount', scope, () => client.send(new GetAdministratorAccountCommand({}))),
  ]);
  return {
    ok: true,
    value: {
      ...session.value,
      automatedDiscoveryStatus: mapObserved(discovery, (d) => d.status ?? 'DISABLED'),
      administratorAccountId: mapObserved(administrator, (a) => a.administrator?.accountId ?? null),
    },
  };
}
