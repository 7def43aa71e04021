/**
 * The IAM section: account-level reads (account.ts), the credential report
 * (credential-report.ts), principals and policies (principals.ts), and service last accessed
 * details per principal (last-accessed.ts). IAM is global: one client, in the home region.
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
import {
  collectUsers,
  isAwsManagedRole,
  keepPolicy,
  readAccountAuthorizationDetails,
  readEntitiesForPolicy,
  toGroup,
  toManagedPolicy,
  toRole,
} from './principals.js';

export { parseCredentialReport, parseCsv } from './credential-report.js';
export { SERVICE_LAST_ACCESSED_MAX_PRINCIPALS, readServiceLastAccessed } from './last-accessed.js';
export { decodePolicyDocument, readEntitiesForPolicy, type Details } from './principals.js';

export const iamCollector: Collector<'iam'> = {
  section: 'iam',
  collect: (ctx) => task(ctx, 'iam', GLOBAL, () => collectIam(ctx)),
};

async function collectIam(ctx: CollectContext): Promise<IamSection> {
  const client = ctx.clients.get(IAMClient, ctx.homeRegion);
  const account: ReadScope = { target: `arn:${ctx.partition}:iam::${ctx.accountId}:root`, region: GLOBAL };

  const { details, ...accountReads } = await allKeyed({
    accountSummary: readAccountSummary(ctx, client, account),
    credentialReport: readCredentialReport(ctx, client, account),
    passwordPolicy: readPasswordPolicy(ctx, client, account),
    details: readAccountAuthorizationDetails(ctx, client, account),
    virtualMfaDevices: readVirtualMfaDevices(ctx, client, account),
    serverCertificates: readServerCertificates(ctx, client, account),
    samlProviders: readSamlProviders(ctx, client, account),
    oidcProviders: readOidcProviders(ctx, client, account),
  });

  const policyArn = (name: string) => `arn:${ctx.partition}:iam::aws:policy/${name}`;
  const roles = mapObserved(details, (d) => d.RoleDetailList);
  const { users, supportAccessEntities, cloudShellFullAccessEntities } = await allKeyed({
    users: details.ok ? collectUsers(ctx, client, details.value) : Promise.resolve(details),
    supportAccessEntities: readEntitiesForPolicy(ctx, client, policyArn('AWSSupportAccess'), details),
    cloudShellFullAccessEntities: readEntitiesForPolicy(ctx, client, policyArn('AWSCloudShellFullAccess'), details),
  });

  // AWS-managed roles are left out of the calls and of the principal cap: their grants are AWS's,
  // not the account's to trim, so the check skips them anyway.
  const lastAccessed =
    users.ok && roles.ok
      ? await readServiceLastAccessed(ctx, client, [
          ...users.value.map((u) => u.arn),
          ...roles.value.filter((r) => !isAwsManagedRole(r)).map((r) => r.Arn ?? ''),
        ])
      : new Map<string, Observed<IamServiceLastAccessed[]>>();
  const lastAccessedOf = (arn: string): Observed<IamServiceLastAccessed[]> =>
    lastAccessed.get(arn) ??
    ctx.reader.fail(
      'iam:GenerateServiceLastAccessedDetails',
      { target: arn, region: GLOBAL },
      'not read because the principal list could not be read',
    );

  return {
    accountSummary: accountReads.accountSummary,
    credentialReport: accountReads.credentialReport,
    passwordPolicy: accountReads.passwordPolicy,
    users: mapObserved(users, (list) => list.map((u) => ({ ...u, serviceLastAccessed: lastAccessedOf(u.arn) }))),
    groups: mapObserved(details, (d) => d.GroupDetailList.map(toGroup)),
    roles: mapObserved(roles, (list) => list.map((r) => toRole(r, isAwsManagedRole(r) ? null : lastAccessedOf(r.Arn ?? '')))),
    policies: mapObserved(details, (d) => d.Policies.filter(keepPolicy).map((p) => toManagedPolicy(p))),
    virtualMfaDevices: accountReads.virtualMfaDevices,
    serverCertificates: accountReads.serverCertificates,
    samlProviders: accountReads.samlProviders,
    oidcProviders: accountReads.oidcProviders,
    supportAccessEntities,
    cloudShellFullAccessEntities,
  };
}
