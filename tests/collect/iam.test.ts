import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreateLoginProfileCommand,
  CreateOpenIDConnectProviderCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateSAMLProviderCommand,
  CreateServiceLinkedRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  UploadServerCertificateCommand,
} from '@aws-sdk/client-iam';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { mockedContext, motoContext } from '../collect-context.js';
import { mockClient } from 'aws-sdk-client-mock';
import {
  GenerateCredentialReportCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetAccountAuthorizationDetailsCommand,
  GetCredentialReportCommand,
  GetServiceLastAccessedDetailsCommand,
  ListAccessKeysCommand,
  ListEntitiesForPolicyCommand,
  ListMFADevicesCommand,
  type ListEntitiesForPolicyCommandInput,
} from '@aws-sdk/client-iam';
import {
  iamCollector,
  parseCredentialReport,
  decodePolicyDocument,
  parseCsv,
  readEntitiesForPolicy,
  readServiceLastAccessed,
} from '../../src/collect/iam/index.js';
import { IamSection } from '../../src/model/iam.js';
import { kmsChecks } from '../../src/checks/kms/index.js';
import { iamChecks } from '../../src/checks/iam/index.js';
import { buildInventory, evalContext, run } from '../builders/index.js';
import { seedIam } from '../seed/iam.js';
import { Reader } from '../../src/collect/kit/read.js';
import { Scheduler } from '../../src/collect/kit/scheduler.js';
import type { CollectContext } from '../../src/collect/kit/context.js';

const ADMIN_DOC = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const A = `arn:aws:iam::${MOTO_ACCOUNT_ID}`;

describe('iam collector (moto)', () => {
  let moto: Moto;
  let section: IamSection;
  let badKey = '';
  let calledActions: string[] = [];

  beforeAll(async () => {
    moto = await startMoto();
    const iam = new IAMClient(seedConfig(moto));
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8, PasswordReusePrevention: 3, RequireSymbols: true }));
    // Insecure: console user without MFA, two keys, inline admin policy and a directly attached customer policy.
    await iam.send(new CreateUserCommand({ UserName: 'col-bad' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'col-bad', Password: 'Passw0rd!Passw0rd!' }));
    badKey = (await iam.send(new CreateAccessKeyCommand({ UserName: 'col-bad' }))).AccessKey?.AccessKeyId ?? '';
    await iam.send(new CreateAccessKeyCommand({ UserName: 'col-bad' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'col-bad', PolicyName: 'inline-admin', PolicyDocument: ADMIN_DOC }));
    const pol = await iam.send(new CreatePolicyCommand({ PolicyName: 'col-admin', PolicyDocument: ADMIN_DOC }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'col-bad', PolicyArn: pol.Policy?.Arn }));
    await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'col-unattached',
        Path: '/team/',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }),
      }),
    );
    // Secure: user in a group, with a virtual MFA device.
    await iam.send(new CreateUserCommand({ UserName: 'col-good', Path: '/staff/', Tags: [{ Key: 'team', Value: 'readers' }] }));
    await iam.send(new CreateGroupCommand({ GroupName: 'col-readers' }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'col-readers', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'col-readers', UserName: 'col-good' }));
    const mfa = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'col-good-mfa' }));
    await iam.send(
      new EnableMFADeviceCommand({
        UserName: 'col-good',
        SerialNumber: mfa.VirtualMFADevice?.SerialNumber,
        AuthenticationCode1: '123456',
        AuthenticationCode2: '654321',
      }),
    );
    // A virtual device named like root's (moto cannot assign it to root).
    await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'root-account-mfa-device' }));
    // Support role with an instance profile; CloudShell access on the bad user.
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'col-support',
        Path: '/ops/',
        AssumeRolePolicyDocument: TRUST,
        Tags: [{ Key: 'owner', Value: 'ops' }],
      }),
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'col-support', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }));
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'col-profile' }));
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'col-profile', RoleName: 'col-support' }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'col-bad', PolicyArn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess' }));
    await iam.send(
      new CreateSAMLProviderCommand({
        Name: 'col-idp',
        SAMLMetadataDocument: '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"></EntityDescriptor>'.padEnd(
          1100,
          ' ',
        ),
      }),
    );
    await iam.send(
      new CreateOpenIDConnectProviderCommand({
        Url: 'https://token.actions.githubusercontent.com',
        ClientIDList: ['sts.amazonaws.com'],
        ThumbprintList: ['a'.repeat(40)],
      }),
    );
    await iam.send(new UploadServerCertificateCommand({ ServerCertificateName: 'col-cert', CertificateBody: 'body', PrivateKey: 'key' }));
    // A service-linked role: AWS-managed, so no service-last-accessed read for it.
    await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'elasticbeanstalk.amazonaws.com' }));

    // As `scan --secrets` asks: one key of the account, one of no user, one temporary key.
    const ctx = { ...motoContext(moto), accessKeyIds: [badKey, 'AKIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE'] };
    try {
      section = await iamCollector.collect(ctx);
      calledActions = [...ctx.reader.stats.keys()];
    } finally {
      ctx.close();
    }
  }, 60_000);

  afterAll(async () => {
    await moto?.stop();
  });

  it('produces a section that validates against the model', () => {
    expect(IamSection.safeParse(section).success).toBe(true);
  });

  it('reads the account summary', () => {
    // moto hard-codes both to 0 (it does not model root).
    expect(section.accountSummary).toEqual({ ok: true, value: { accountMfaEnabled: 0, accountAccessKeysPresent: 0 } });
  });

  it('reads the password policy', () => {
    expect(section.passwordPolicy.ok && section.passwordPolicy.value).toMatchObject({
      minimumPasswordLength: 8,
      passwordReusePrevention: 3,
      requireSymbols: true,
      requireNumbers: false,
      maxPasswordAge: null,
    });
  });

  it('parses the credential report; moto has no root row', () => {
    if (!section.credentialReport.ok) throw new Error('report not read');
    const r = section.credentialReport.value;
    expect(r.root).toBeNull();
    expect(r.generatedTime).toMatch(/^\d{4}-/);
    const bad = r.users.find((u) => u.user === 'col-bad');
    expect(bad).toMatchObject({
      arn: `${A}:user/col-bad`,
      passwordEnabled: true,
      mfaActive: false,
      accessKey1Active: true,
      accessKey2Active: true,
      passwordLastUsed: null,
      accessKey1LastUsedDate: null,
    });
    expect(bad?.accessKey1LastRotated).toMatch(/^\d{4}-/);
    expect(r.users.find((u) => u.user === 'col-good')).toMatchObject({ passwordEnabled: false, mfaActive: true, accessKey1Active: false });
  });

  it('reads users with groups and policies, and makes no call per user (keys and MFA come from the credential report)', () => {
    if (!section.users.ok) throw new Error('users not read');
    const bad = section.users.value.find((u) => u.userName === 'col-bad');
    const good = section.users.value.find((u) => u.userName === 'col-good');
    expect(calledActions).not.toContain('iam:ListMFADevices');
    // The only per-key calls are the lookups asked for (two keys of the account: GetAccessKeyLastUsed each, one ListAccessKeys).
    expect(calledActions).toContain('iam:GetAccessKeyLastUsed');
    expect(bad?.userPolicyList).toEqual([{ policyName: 'inline-admin', policyDocument: JSON.parse(ADMIN_DOC) }]);
    expect(bad?.attachedManagedPolicies.map((p) => p.policyName).sort()).toEqual(['AWSCloudShellFullAccess', 'col-admin']);
    expect(good).toMatchObject({
      arn: `${A}:user/staff/col-good`,
      path: '/staff/',
      groupList: ['col-readers'],
      attachedManagedPolicies: [],
      userPolicyList: [],
      tags: { team: 'readers' },
    });
    expect(bad?.tags).toEqual({});
  });

  it('looks up the access keys a source scan found: owner and status, null for a key of no user, none for STS keys', () => {
    expect(section.accessKeyLookups).toEqual({
      [badKey]: { ok: true, value: { userName: 'col-bad', status: 'Active', lastUsedDate: null, serviceName: null } },
      AKIAIOSFODNN7EXAMPLE: { ok: true, value: null },
    });
  });

  it('keeps customer managed policies and only attached AWS managed ones, with decoded documents', () => {
    if (!section.policies.ok) throw new Error('policies not read');
    const byName = Object.fromEntries(section.policies.value.map((p) => [p.policyName, p]));
    expect(byName['col-admin']).toMatchObject({ awsManaged: false, attachmentCount: 1, document: JSON.parse(ADMIN_DOC) });
    expect(byName['col-unattached']).toMatchObject({ awsManaged: false, attachmentCount: 0, path: '/team/' });
    expect(byName['ReadOnlyAccess']?.awsManaged).toBe(true);
    expect(byName['AWSSupportAccess']?.attachmentCount).toBe(1);
    // Unattached AWS managed policies (more than 1,000 on moto) are dropped.
    expect(byName['AdministratorAccess']).toBeUndefined();
    expect(section.policies.value.length).toBeLessThan(20);
  });

  it('reads groups and roles with trust policy and instance profiles', () => {
    expect(section.groups.ok && section.groups.value.find((g) => g.groupName === 'col-readers')?.attachedManagedPolicies).toEqual([
      { policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    ]);
    const role = section.roles.ok ? section.roles.value.find((r) => r.roleName === 'col-support') : undefined;
    expect(role).toMatchObject({
      arn: `${A}:role/ops/col-support`,
      path: '/ops/',
      assumeRolePolicyDocument: JSON.parse(TRUST),
      instanceProfileArns: [`${A}:instance-profile/col-profile`],
      tags: { owner: 'ops' },
    });
  });

  it('reads virtual MFA devices, certificates and identity providers', () => {
    expect(section.virtualMfaDevices.ok && section.virtualMfaDevices.value.map((d) => d.serialNumber).sort()).toEqual([
      `${A}:mfa/col-good-mfa`,
      `${A}:mfa/root-account-mfa-device`,
    ]);
    expect(
      section.virtualMfaDevices.ok && section.virtualMfaDevices.value.find((d) => d.serialNumber.endsWith('col-good-mfa'))?.userArn,
    ).toBe(`${A}:user/staff/col-good`);
    // moto hard-codes the expiration to 2012.
    expect(section.serverCertificates.ok && section.serverCertificates.value).toEqual([
      expect.objectContaining({
        arn: `${A}:server-certificate/col-cert`,
        serverCertificateName: 'col-cert',
        expiration: expect.stringMatching(/^2012-/),
      }),
    ]);
    expect(section.samlProviders.ok && section.samlProviders.value.map((p) => p.arn)).toEqual([`${A}:saml-provider/col-idp`]);
    expect(section.oidcProviders.ok && section.oidcProviders.value.map((p) => p.arn)).toEqual([
      `${A}:oidc-provider/token.actions.githubusercontent.com`,
    ]);
  });

  it('resolves the entities of AWSSupportAccess and AWSCloudShellFullAccess to pathed ARNs', () => {
    expect(section.supportAccessEntities).toEqual({
      ok: true,
      value: {
        policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess',
        entities: [{ arn: `${A}:role/ops/col-support`, region: 'global', kind: 'role', name: 'col-support', path: '/ops/' }],
      },
    });
    expect(section.cloudShellFullAccessEntities.ok && section.cloudShellFullAccessEntities.value?.entities.map((e) => e.arn)).toEqual([
      `${A}:user/col-bad`,
    ]);
  });

  it('records service last accessed as not supported on moto (HTTP 500), for every user and customer role', () => {
    if (!section.users.ok || !section.roles.ok) throw new Error('principals not read');
    const customerRoles = section.roles.value.filter((r) => !r.path.startsWith('/aws-service-role/'));
    const all = [...section.users.value.map((u) => u.serviceLastAccessed), ...customerRoles.map((r) => r.serviceLastAccessed)];
    expect(all.length).toBeGreaterThan(0);
    for (const o of all) {
      expect(o?.ok).toBe(false);
      if (o && !o.ok) expect(o.error).toMatchObject({ action: 'iam:GenerateServiceLastAccessedDetails', kind: 'not-supported' });
    }
  });

  it('does not read service last accessed for a service-linked role (null)', () => {
    const slr = section.roles.ok ? section.roles.value.find((r) => r.path.startsWith('/aws-service-role/')) : undefined;
    expect(slr).toMatchObject({ roleName: expect.stringMatching(/^AWSServiceRoleFor/), serviceLastAccessed: null });
  });
});

describe('iam collector without managed policies loaded', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto({ loadManagedPolicies: false });
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('maps NoSuchEntity to null: no password policy', async () => {
    const ctx = motoContext(moto);
    try {
      const s = await iamCollector.collect(ctx);
      expect(s.passwordPolicy).toEqual({ ok: true, value: null });
      // AWS answers NoSuchEntity for ListEntitiesForPolicy on a policy that does not exist (the
      // collector maps it to null), but moto answers an empty list, so that path cannot be built here.
      expect(s.supportAccessEntities).toEqual({ ok: true, value: { policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess', entities: [] } });
    } finally {
      ctx.close();
    }
  }, 30_000);
});

describe('credential report parsing (AWS shape; moto writes no root row)', () => {
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const root =
    '<root_account>,arn:aws:iam::111122223333:root,2020-01-01T00:00:00+00:00,not_supported,2026-06-01T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
  const user =
    '"a,b","arn:aws:iam::111122223333:user/a,b",2024-01-01T00:00:00+00:00,true,no_information,2024-01-01T00:00:00+00:00,N/A,false,true,2024-01-02T00:00:00+00:00,2024-03-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

  it('keeps the root row apart and maps N/A, no_information and not_supported to null', () => {
    const r = parseCredentialReport(`${header}\n${root}\n${user}\n`, new Date('2026-06-15T00:00:00Z'));
    expect(r.generatedTime).toBe('2026-06-15T00:00:00.000Z');
    expect(r.root).toMatchObject({
      user: '<root_account>',
      passwordEnabled: null,
      passwordLastUsed: '2026-06-01T10:00:00.000Z',
      mfaActive: true,
      accessKey1Active: false,
      accessKey1LastUsedDate: null,
    });
    expect(r.users).toHaveLength(1);
    expect(r.users[0]).toMatchObject({
      user: 'a,b',
      passwordEnabled: true,
      passwordLastUsed: null,
      accessKey1Active: true,
      accessKey1LastRotated: '2024-01-02T00:00:00.000Z',
      accessKey1LastUsedDate: '2024-03-01T00:00:00.000Z',
      accessKey2LastRotated: null,
    });
  });

  it('parses quoted CSV fields with escaped quotes and CRLF', () => {
    expect(parseCsv('a,"b ""c"", d"\r\ne,f')).toEqual([
      ['a', 'b "c", d'],
      ['e', 'f'],
    ]);
  });

  it('decodes URL-encoded and plain policy documents', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::a b/*' }] };
    expect(decodePolicyDocument(encodeURIComponent(JSON.stringify(doc)))).toEqual(doc);
    expect(decodePolicyDocument(`  ${JSON.stringify(doc)}`)).toEqual(doc);
    expect(decodePolicyDocument('%7Bnot json')).toBe('%7Bnot json');
    expect(decodePolicyDocument(undefined)).toBeNull();
  });
});

describe('seedIam: the iam checks report what the seeder expects (moto)', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  });
  afterAll(async () => {
    await moto?.stop();
  });

  it('collects the seeded account and finds every expected finding', async () => {
    const expected = await seedIam(moto, ['us-east-1', 'eu-west-1']);
    const ctx = motoContext(moto);
    let iam: IamSection;
    try {
      iam = await iamCollector.collect(ctx);
    } finally {
      ctx.close();
    }
    const inv = buildInventory({ iam });
    const evalCtx = evalContext({ accountId: MOTO_ACCOUNT_ID, now: new Date() });
    // The KMS.1 / KMS.2 checks read only the iam section too (the policies that grant kms:Decrypt).
    const findings = [...iamChecks, ...kmsChecks.filter((c) => c.reads.every((r) => r === 'iam'))].flatMap((c) =>
      run(c, inv, evalCtx).map((r) => ({ checkId: c.id, resourceArn: r.resourceArn, status: r.status })),
    );
    for (const e of expected) expect(findings).toContainEqual(e);
  }, 60_000);
});

/**
 * moto answers GenerateServiceLastAccessedDetails with HTTP 500, so the job flow (polling,
 * pagination, failures) and the size bound are covered with aws-sdk-client-mock.
 */
describe('service last accessed (mocked: moto does not implement it)', () => {
  // Created in beforeAll: mockClient patches IAMClient's prototype, which the moto tests above use.
  let iamMock: ReturnType<typeof mockClient>;
  beforeAll(() => {
    iamMock = mockClient(IAMClient);
  });
  const ctx = {
    reader: new Reader(new Scheduler({ concurrency: 4, rateLimits: { iam: { ratePerSecond: 1000, burst: 1000 } } })),
  } as unknown as CollectContext;
  const client = new IAMClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });

  afterAll(() => {
    iamMock.restore();
  });

  it('polls each job until COMPLETED and follows the Marker', async () => {
    iamMock.reset();
    iamMock.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: 'job-1' });
    iamMock
      .on(GetServiceLastAccessedDetailsCommand)
      .resolvesOnce({ JobStatus: 'IN_PROGRESS', JobCreationDate: new Date(), JobCompletionDate: undefined, ServicesLastAccessed: [] })
      .resolvesOnce({
        JobStatus: 'COMPLETED',
        JobCreationDate: new Date(),
        JobCompletionDate: new Date(),
        IsTruncated: true,
        Marker: 'm',
        ServicesLastAccessed: [{ ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: new Date('2026-01-01T00:00:00Z') }],
      })
      .resolvesOnce({
        JobStatus: 'COMPLETED',
        JobCreationDate: new Date(),
        JobCompletionDate: new Date(),
        ServicesLastAccessed: [{ ServiceName: 'Amazon EC2', ServiceNamespace: 'ec2' }],
      });
    const out = await readServiceLastAccessed(ctx, client, [`${A}:user/u1`]);
    expect(out.get(`${A}:user/u1`)).toEqual({
      ok: true,
      value: [
        { serviceNamespace: 's3', serviceName: 'Amazon S3', lastAuthenticated: '2026-01-01T00:00:00.000Z' },
        { serviceNamespace: 'ec2', serviceName: 'Amazon EC2', lastAuthenticated: null },
      ],
    });
  });

  it('records a failed job as a read error', async () => {
    iamMock.reset();
    iamMock.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: 'job-2' });
    iamMock.on(GetServiceLastAccessedDetailsCommand).resolves({
      JobStatus: 'FAILED',
      JobCreationDate: new Date(),
      JobCompletionDate: new Date(),
      ServicesLastAccessed: [],
      Error: { Code: 'x', Message: 'boom' },
    });
    const out = await readServiceLastAccessed(ctx, client, [`${A}:role/r1`]);
    expect(out.get(`${A}:role/r1`)).toMatchObject({
      ok: false,
      error: { action: 'iam:GetServiceLastAccessedDetails', message: 'the job failed: boom' },
    });
  });

  it('stops after the first principal when Generate is denied, giving every principal the error', async () => {
    iamMock.reset();
    const denied = Object.assign(new Error('not authorized'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    iamMock.on(GenerateServiceLastAccessedDetailsCommand).rejects(denied);
    const out = await readServiceLastAccessed(ctx, client, [`${A}:user/a`, `${A}:user/b`, `${A}:user/c`]);
    expect(iamMock.commandCalls(GenerateServiceLastAccessedDetailsCommand)).toHaveLength(1);
    expect([...out.values()].map((o) => !o.ok && [o.error.kind, o.error.target])).toEqual([
      ['access-denied', `${A}:user/a`],
      ['access-denied', `${A}:user/b`],
      ['access-denied', `${A}:user/c`],
    ]);
  });

  it('reads every principal, however many (no cap that would turn hundreds into UNKNOWN)', async () => {
    iamMock.reset();
    iamMock.on(GenerateServiceLastAccessedDetailsCommand).callsFake((input: { Arn: string }) => ({ JobId: `job:${input.Arn}` }));
    iamMock.on(GetServiceLastAccessedDetailsCommand).resolves({ JobStatus: 'COMPLETED', ServicesLastAccessed: [] });
    const arns = Array.from({ length: 801 }, (_, i) => `${A}:user/u${i}`);
    const out = await readServiceLastAccessed(ctx, client, arns);
    expect(iamMock.commandCalls(GenerateServiceLastAccessedDetailsCommand)).toHaveLength(801);
    expect([...out.values()].every((o) => o.ok)).toBe(true);
  }, 30_000);
});

/**
 * The principal cap of service last accessed, through the whole collector: moto answers
 * GenerateServiceLastAccessedDetails with HTTP 500 (and the first failure stops the rest), so which
 * principals are counted and called is covered with aws-sdk-client-mock.
 */
describe('service last accessed principals (mocked: moto does not implement the job)', () => {
  let iamMock: ReturnType<typeof mockClient>;
  beforeAll(() => {
    iamMock = mockClient(IAMClient);
  });
  afterAll(() => {
    iamMock.restore();
  });

  it('reads every user and customer role, and leaves service-linked and AWS-reserved roles out of the calls', async () => {
    iamMock.reset();
    iamMock.onAnyCommand().resolves({});
    iamMock.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iamMock.on(GetCredentialReportCommand).resolves({
      Content: new TextEncoder().encode('user,arn\n'),
      GeneratedTime: new Date('2026-06-15T00:00:00Z'),
      ReportFormat: 'text/csv',
    });
    // 150 users + 150 customer roles; 40 AWS-managed roles on top of them.
    const users = Array.from({ length: 150 }, (_, i) => ({ UserName: `u${i}`, UserId: `AIDA${i}`, Arn: `${A}:user/u${i}`, Path: '/' }));
    const customerRoles = Array.from({ length: 150 }, (_, i) => ({
      RoleName: `r${i}`,
      RoleId: `AROA${i}`,
      Arn: `${A}:role/r${i}`,
      Path: '/',
    }));
    const serviceLinked = Array.from({ length: 30 }, (_, i) => ({
      RoleName: `AWSServiceRoleFor${i}`,
      RoleId: `AROASLR${i}`,
      Arn: `${A}:role/aws-service-role/s${i}.amazonaws.com/AWSServiceRoleFor${i}`,
      Path: `/aws-service-role/s${i}.amazonaws.com/`,
    }));
    const reserved = Array.from({ length: 10 }, (_, i) => ({
      RoleName: `AWSReservedSSO_p${i}`,
      RoleId: `AROASSO${i}`,
      Arn: `${A}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_p${i}`,
      Path: '/aws-reserved/sso.amazonaws.com/',
    }));
    iamMock.on(GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: users,
      RoleDetailList: [...customerRoles, ...serviceLinked, ...reserved],
      GroupDetailList: [],
      Policies: [],
      IsTruncated: false,
    });
    iamMock.on(GenerateServiceLastAccessedDetailsCommand).callsFake((input: { Arn: string }) => ({ JobId: `job:${input.Arn}` }));
    iamMock.on(GetServiceLastAccessedDetailsCommand).resolves({
      JobStatus: 'COMPLETED',
      JobCreationDate: new Date(),
      JobCompletionDate: new Date(),
      ServicesLastAccessed: [{ ServiceName: 'Amazon S3', ServiceNamespace: 's3' }],
    });

    const ctx = mockedContext(['us-east-1'], { iam: { ratePerSecond: 100_000, burst: 100_000 } });
    let section: IamSection;
    try {
      section = await iamCollector.collect(ctx);
    } finally {
      ctx.close();
    }

    const called = iamMock.commandCalls(GenerateServiceLastAccessedDetailsCommand).map((c) => c.args[0].input.Arn);
    expect(called).toHaveLength(300);
    // No read per user: keys and MFA come from the credential report.
    expect(iamMock.commandCalls(ListAccessKeysCommand)).toHaveLength(0);
    expect(iamMock.commandCalls(ListMFADevicesCommand)).toHaveLength(0);
    expect(called.filter((arn) => /:role\/aws-(service-role|reserved)\//.test(arn ?? ''))).toEqual([]);
    if (!section.users.ok || !section.roles.ok) throw new Error('principals not read');
    expect(section.users.value.every((u) => u.serviceLastAccessed.ok)).toBe(true);
    const byPath = (prefix: string) => (section.roles.ok ? section.roles.value.filter((r) => r.path.startsWith(prefix)) : []);
    expect(byPath('/aws-service-role/').map((r) => r.serviceLastAccessed)).toEqual(serviceLinked.map(() => null));
    expect(byPath('/aws-reserved/').map((r) => r.serviceLastAccessed)).toEqual(reserved.map(() => null));
    expect(section.roles.value.filter((r) => r.path === '/').every((r) => r.serviceLastAccessed?.ok === true)).toBe(true);
    expect(IamSection.safeParse(section).success).toBe(true);
  }, 30_000);
});

/**
 * AWS lists identities that use a managed policy only as a permissions boundary too, unless
 * PolicyUsageFilter=PermissionsPolicy is sent; moto has no boundary usage in ListEntitiesForPolicy,
 * so this is covered with aws-sdk-client-mock.
 */
describe('entities for a managed policy (mocked: moto does not list boundary usage)', () => {
  let iamMock: ReturnType<typeof mockClient>;
  beforeAll(() => {
    iamMock = mockClient(IAMClient);
  });
  afterAll(() => {
    iamMock.restore();
  });
  const ctx = {
    accountId: MOTO_ACCOUNT_ID,
    partition: 'aws',
    reader: new Reader(new Scheduler({ concurrency: 4, rateLimits: { iam: { ratePerSecond: 1000, burst: 1000 } } })),
  } as unknown as CollectContext;
  const client = new IAMClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });

  it('asks only for permissions-policy attachments, so a boundary-only role does not count', async () => {
    iamMock.reset();
    // AWS's behaviour: without the filter, a role bounded by the policy is listed alongside real attachments.
    iamMock.on(ListEntitiesForPolicyCommand).callsFake((input: ListEntitiesForPolicyCommandInput) => ({
      PolicyUsers: [{ UserName: 'support-user', UserId: 'AIDA1' }],
      PolicyGroups: [],
      PolicyRoles: input.PolicyUsageFilter === 'PermissionsPolicy' ? [] : [{ RoleName: 'bounded-role', RoleId: 'AROA1' }],
      IsTruncated: false,
    }));
    const details = { ok: true as const, value: { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] } };
    const out = await readEntitiesForPolicy(ctx, client, 'arn:aws:iam::aws:policy/AWSSupportAccess', details);
    expect(iamMock.commandCalls(ListEntitiesForPolicyCommand).map((c) => c.args[0].input.PolicyUsageFilter)).toEqual(['PermissionsPolicy']);
    expect(out.ok && out.value?.entities.map((e) => `${e.kind}:${e.name}`)).toEqual(['user:support-user']);
  });
});
