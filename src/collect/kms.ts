import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import type { KmsKey, KmsKeyMetadata, KmsKeyPolicy, KmsSection } from '../model/kms.js';
import type { Collector } from './kit/collector.js';
import { iso } from './kit/time.js';
import { forEachRegion, type CollectContext } from './kit/context.js';
import { allPages } from './kit/list.js';
import { mapObserved } from './kit/observed.js';
import { parsePolicyText } from './kit/policy-text.js';

/**
 * Alias names beginning with `alias/aws/` are reserved for AWS managed keys; customers cannot
 * create them (https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html). moto
 * creates those keys with KeyManager CUSTOMER, so the alias decides as well.
 */
const AWS_MANAGED_ALIAS = 'alias/aws/';

function toMetadata(m: KeyMetadata | undefined, aliases: readonly string[]): KmsKeyMetadata {
  const awsAlias = aliases.some((a) => a.startsWith(AWS_MANAGED_ALIAS));
  return {
    keyManager: awsAlias ? 'AWS' : (m?.KeyManager ?? 'CUSTOMER'),
    keyState: m?.KeyState ?? 'Unknown',
    // KeySpec replaced CustomerMasterKeySpec; older responses carry only the latter.
    keySpec: m?.KeySpec ?? m?.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
    origin: m?.Origin ?? 'AWS_KMS',
    deletionDate: iso(m?.DeletionDate),
    multiRegionKeyType: m?.MultiRegionConfiguration?.MultiRegionKeyType ?? null,
  };
}

/** A key policy as JSON, or its raw text when it does not parse (see parsePolicyText). */
export function parsePolicy(text: string | undefined): KmsKeyPolicy {
  return parsePolicyText(text) as KmsKeyPolicy;
}

async function readKey(
  ctx: CollectContext,
  client: KMSClient,
  region: string,
  keyId: string,
  arn: string,
  aliases: string[],
): Promise<KmsKey> {
  const scope = { target: arn, region };
  const described = await ctx.reader.read('kms:DescribeKey', scope, () => client.send(new DescribeKeyCommand({ KeyId: keyId })));
  const metadata = mapObserved(described, (d) => toMetadata(d.KeyMetadata, aliases));
  const customer = metadata.ok && metadata.value.keyManager === 'CUSTOMER';
  // Automatic rotation exists only for symmetric encryption keys with KMS-generated material:
  // imported (EXTERNAL), CloudHSM and external key store keys cannot rotate automatically, and
  // GetKeyRotationStatus fails on asymmetric and HMAC keys
  // (https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html).
  const rotatable =
    customer &&
    metadata.value.keySpec === 'SYMMETRIC_DEFAULT' &&
    metadata.value.origin === 'AWS_KMS' &&
    metadata.value.keyState === 'Enabled';
  const [rotation, policy] = await Promise.all([
    rotatable
      ? ctx.reader.read('kms:GetKeyRotationStatus', scope, () => client.send(new GetKeyRotationStatusCommand({ KeyId: keyId })))
      : null,
    // "default" is the only policy name AWS supports; moto requires it to be passed explicitly.
    customer
      ? ctx.reader.read('kms:GetKeyPolicy', scope, () => client.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })))
      : null,
  ]);
  return {
    keyId,
    arn,
    region,
    aliases,
    metadata,
    rotation: rotation
      ? mapObserved(rotation, (r) => ({ enabled: r.KeyRotationEnabled ?? false, rotationPeriodInDays: r.RotationPeriodInDays ?? null }))
      : null,
    policy: policy ? mapObserved(policy, (p) => parsePolicy(p.Policy)) : null,
  };
}

export async function collectKms(ctx: CollectContext): Promise<KmsSection> {
  const keys = await forEachRegion(ctx, 'kms', async (region) => {
    const client = ctx.clients.get(KMSClient, region);
    const target = `arn:${ctx.partition}:kms:${region}:${ctx.accountId}:key/*`;
    const [list, aliasList] = await Promise.all([
      ctx.reader.read('kms:ListKeys', { target, region }, () => allPages(paginateListKeys({ client }, {}), (p) => p.Keys)),
      ctx.reader.read('kms:ListAliases', { target: `arn:${ctx.partition}:kms:${region}:${ctx.accountId}:alias/*`, region }, () =>
        allPages(paginateListAliases({ client }, {}), (p) => p.Aliases),
      ),
    ]);
    if (!list.ok) return list;
    const aliasesByKey = new Map<string, string[]>();
    // Without aliases, an AWS managed key is still recognised by DescribeKey KeyManager on AWS.
    for (const a of aliasList.ok ? aliasList.value : []) {
      if (!a.TargetKeyId || !a.AliasName) continue;
      aliasesByKey.set(a.TargetKeyId, [...(aliasesByKey.get(a.TargetKeyId) ?? []), a.AliasName]);
    }
    const out = await Promise.all(
      list.value
        .filter((k): k is { KeyId: string; KeyArn?: string } => typeof k.KeyId === 'string')
        .map((k) =>
          readKey(
            ctx,
            client,
            region,
            k.KeyId,
            k.KeyArn ?? `arn:${ctx.partition}:kms:${region}:${ctx.accountId}:key/${k.KeyId}`,
            (aliasesByKey.get(k.KeyId) ?? []).sort(),
          ),
        ),
    );
    return { ok: true as const, value: out };
  });
  return { keys };
}

export const kmsCollector: Collector<'kms'> = {
  section: 'kms',
  collect: collectKms,
};
