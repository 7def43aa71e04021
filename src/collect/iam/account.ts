/** Account-level IAM reads: one call each (or one paginated list), no per-principal fan-out. */

import {
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  paginateListServerCertificates,
  paginateListVirtualMFADevices,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { IamSection } from '../../model/iam.js';
import type { CollectContext } from '../kit/context.js';
import { readList } from '../kit/list.js';
import { mapObserved } from '../kit/observed.js';
import type { ReadScope } from '../kit/read.js';
import { iso } from '../kit/time.js';
import { NO_SUCH_ENTITY, IAM_MAX_ITEMS } from './common.js';

export async function readAccountSummary(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['accountSummary']> {
  const res = await ctx.reader.read('iam:GetAccountSummary', scope, () => client.send(new GetAccountSummaryCommand({})));
  return mapObserved(res, (r) => ({
    accountMfaEnabled: r.SummaryMap?.['AccountMFAEnabled'] ?? 0,
    accountAccessKeysPresent: r.SummaryMap?.['AccountAccessKeysPresent'] ?? 0,
  }));
}

export async function readPasswordPolicy(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['passwordPolicy']> {
  const res = await ctx.reader.read('iam:GetAccountPasswordPolicy', scope, () => client.send(new GetAccountPasswordPolicyCommand({})), {
    absentWhen: NO_SUCH_ENTITY,
  });
  return mapObserved(res, (r) => {
    const p = r?.PasswordPolicy;
    if (!p) return null;
    return {
      minimumPasswordLength: p.MinimumPasswordLength ?? null,
      requireSymbols: p.RequireSymbols ?? false,
      requireNumbers: p.RequireNumbers ?? false,
      requireUppercaseCharacters: p.RequireUppercaseCharacters ?? false,
      requireLowercaseCharacters: p.RequireLowercaseCharacters ?? false,
      expirePasswords: p.ExpirePasswords ?? false,
      // AWS omits MaxPasswordAge / PasswordReusePrevention when unset; 0 means the same.
      maxPasswordAge: p.MaxPasswordAge ? p.MaxPasswordAge : null,
      passwordReusePrevention: p.PasswordReusePrevention ? p.PasswordReusePrevention : null,
    };
  });
}

export async function readVirtualMfaDevices(
  ctx: CollectContext,
  client: IAMClient,
  scope: ReadScope,
): Promise<IamSection['virtualMfaDevices']> {
  return readList(
    ctx.reader,
    'iam:ListVirtualMFADevices',
    scope,
    () => paginateListVirtualMFADevices({ client, pageSize: IAM_MAX_ITEMS }, {}),
    (p) => p.VirtualMFADevices,
    (d) => ({ serialNumber: d.SerialNumber ?? '', userArn: d.User?.Arn ?? null, enableDate: iso(d.EnableDate) }),
  );
}

export async function readServerCertificates(
  ctx: CollectContext,
  client: IAMClient,
  scope: ReadScope,
): Promise<IamSection['serverCertificates']> {
  return readList(
    ctx.reader,
    'iam:ListServerCertificates',
    scope,
    () => paginateListServerCertificates({ client, pageSize: IAM_MAX_ITEMS }, {}),
    (p) => p.ServerCertificateMetadataList,
    (c) => ({
      arn: c.Arn ?? '',
      region: 'global' as const,
      serverCertificateName: c.ServerCertificateName ?? '',
      expiration: iso(c.Expiration),
      uploadDate: iso(c.UploadDate),
    }),
  );
}

export async function readSamlProviders(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['samlProviders']> {
  const res = await ctx.reader.read('iam:ListSAMLProviders', scope, () => client.send(new ListSAMLProvidersCommand({})));
  return mapObserved(res, (r) =>
    (r.SAMLProviderList ?? []).map((p) => ({
      arn: p.Arn ?? '',
      region: 'global' as const,
      validUntil: iso(p.ValidUntil),
      createDate: iso(p.CreateDate),
    })),
  );
}

export async function readOidcProviders(ctx: CollectContext, client: IAMClient, scope: ReadScope): Promise<IamSection['oidcProviders']> {
  const res = await ctx.reader.read('iam:ListOpenIDConnectProviders', scope, () => client.send(new ListOpenIDConnectProvidersCommand({})));
  return mapObserved(res, (r) => (r.OpenIDConnectProviderList ?? []).map((p) => ({ arn: p.Arn ?? '', region: 'global' as const })));
}
