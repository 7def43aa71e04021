/**
 * The IAM section: account-level reads (account.ts), the credential report
 * (credential-report.ts: access keys and MFA of every user), principals and policies
 * (principals.ts), service last accessed details per principal (last-accessed.ts) and, for
 * `scan --secrets`, the owners of found access keys (access-key-lookup.ts). IAM is global: one
 * client, in the home region. No read is made per user.
 */
import { IAMClient } from '@aws-sdk/client-iam';
import type { IamSection, IamServiceLastAccessed } from '../../model/iam.js';
import type { Observed } from '../../model/observed.js';
import type { Collector } from '../kit/collector.js';
import { task, type CollectContext } from '../kit/context.js';
import { allKeyed, mapObserved } from '../kit/observed.js';
import type { ReadScope } from '../kit/read.js';
import {
  readAccountSummary,
  readOidcProviders,
  readPasswordPolicy,
  readSamlProviders,
  readServerCertificates,
  readVirtualMfaDevices,
} from './account.js';
import { GLOBAL } from './common.js';
import { readCredentialReport } from './credential-report.js';
import { readServiceLastAccessed } from './last-accessed.js';
import { readAccessKeyLookups } from './access-key-lookup.js';
import {
  isAwsManagedRole,
  keepPolicy,
  readAccountAuthorizationDetails,
  readEntitiesForPolicy,
  toGroup,
  toManagedPolicy,
  toRole,
  toUser,
} from './principals.js';

export { parseCredentialReport, parseCsv } from './credential-report.js';
export { readServiceLastAccessed } from './last-accessed.js';
export { decodePolicyDocument, readEntitiesForPolicy, type Details } from './principals.js';

export const iamCollector: Collector<'iam'> = {
  section: 'iam',
  collect: (ctx) => task(ctx, 'iam', GLOBAL, () => collectIam(ctx)),
};

async function collectIam(ctx: CollectContext): Promise<IamSection> {
  const client = ctx.clients.get(IAMClient, ctx.homeRegion);
  const account: ReadScope = { target: `arn:${ctx.partition}:iam::${ctx.accountId}:root`, region: GLOBAL };

  // The principals come first: service last accessed details (two or more calls per principal,
  // the longest chain of the scan) start as soon as they are known, and overlap everything else.
  const details = readAccountAuthorizationDetails(ctx, client, account);
  const roles = details.then((d) => mapObserved(d, (v) => v.RoleDetailList));
  const users = details.then((d) => mapObserved(d, (v) => v.UserDetailList.map(toUser)));
  // AWS-managed roles are left out: their grants are AWS's, not the account's to trim, so the check skips them.
  const lastAccessed = Promise.all([users, roles]).then(([u, r]) =>
    u.ok && r.ok
      ? readServiceLastAccessed(ctx, client, [
          ...u.value.map((x) => x.arn),
          ...r.value.filter((x) => !isAwsManagedRole(x)).map((x) => x.Arn ?? ''),
        ])
      : new Map<string, Observed<IamServiceLastAccessed[]>>(),
  );

  const entitiesFor = async (name: string) =>
    readEntitiesForPolicy(ctx, client, `arn:${ctx.partition}:iam::aws:policy/${name}`, await details);
  const reads = await allKeyed({
    accountSummary: readAccountSummary(ctx, client, account),
    credentialReport: readCredentialReport(ctx, client, account),
    passwordPolicy: readPasswordPolicy(ctx, client, account),
    virtualMfaDevices: readVirtualMfaDevices(ctx, client, account),
    serverCertificates: readServerCertificates(ctx, client, account),
    samlProviders: readSamlProviders(ctx, client, account),
    oidcProviders: readOidcProviders(ctx, client, account),
    supportAccessEntities: entitiesFor('AWSSupportAccess'),
    cloudShellFullAccessEntities: entitiesFor('AWSCloudShellFullAccess'),
    accessKeyLookups: ctx.accessKeyIds?.length ? readAccessKeyLookups(ctx, client, ctx.accessKeyIds) : Promise.resolve(undefined),
    details,
    users,
    roles,
    lastAccessed,
  });
  const lastAccessedOf = (arn: string): Observed<IamServiceLastAccessed[]> =>
    reads.lastAccessed.get(arn) ??
    ctx.reader.fail(
      'iam:GenerateServiceLastAccessedDetails',
      { target: arn, region: GLOBAL },
      'not read because the principal list could not be read',
    );

  return {
    accountSummary: reads.accountSummary,
    credentialReport: reads.credentialReport,
    passwordPolicy: reads.passwordPolicy,
    users: mapObserved(reads.users, (list) => list.map((u) => ({ ...u, serviceLastAccessed: lastAccessedOf(u.arn) }))),
    groups: mapObserved(reads.details, (d) => d.GroupDetailList.map(toGroup)),
    roles: mapObserved(reads.roles, (list) => list.map((r) => toRole(r, isAwsManagedRole(r) ? null : lastAccessedOf(r.Arn ?? '')))),
    policies: mapObserved(reads.details, (d) => d.Policies.filter(keepPolicy).map((p) => toManagedPolicy(p))),
    virtualMfaDevices: reads.virtualMfaDevices,
    serverCertificates: reads.serverCertificates,
    samlProviders: reads.samlProviders,
    oidcProviders: reads.oidcProviders,
    supportAccessEntities: reads.supportAccessEntities,
    cloudShellFullAccessEntities: reads.cloudShellFullAccessEntities,
    ...(reads.accessKeyLookups ? { accessKeyLookups: reads.accessKeyLookups } : {}),
  };
}
