import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttachPolicyCommand,
  CreateOrganizationalUnitCommand,
  CreateOrganizationCommand,
  CreatePolicyCommand,
  EnablePolicyTypeCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreatePolicyCommand as CreateIamPolicyCommand,
  CreateUserCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { collectOrganizations } from '../../src/collect/organizations.js';
import { OrganizationsSection } from '../../src/model/organizations.js';
import { startMoto, seedConfig, MOTO_ACCOUNT_ID, type Moto } from '../moto.js';
import { motoContext } from '../collect-context.js';

let moto: Moto;

beforeAll(async () => {
  moto = await startMoto({ loadManagedPolicies: false });
});
afterAll(async () => {
  await moto?.stop();
});

async function collect(credentials?: { accessKeyId: string; secretAccessKey: string }) {
  const ctx = credentials ? motoContext(moto, ['us-east-1'], credentials) : motoContext(moto, ['us-east-1']);
  try {
    const section = await collectOrganizations(ctx);
    expect(OrganizationsSection.safeParse(section).success).toBe(true);
    return { section, actions: ctx.reader.actions };
  } finally {
    ctx.close();
  }
}

// The tests share one moto and run in order: standalone account, then an organization.
describe('collectOrganizations', () => {
  it('records a standalone account (AWSOrganizationsNotInUseException) as null and asks nothing more', async () => {
    const { section, actions } = await collect();
    expect(section).toEqual({
      organization: { ok: true, value: null },
      serviceControlPolicies: { ok: true, value: null },
      roots: { ok: true, value: null },
    });
    expect(actions).toEqual(new Set(['organizations:DescribeOrganization']));
  });

  it('records the organization, its SCPs (FullAWSAccess and custom) and the root policy types', async () => {
    const org = new OrganizationsClient(seedConfig(moto));
    const created = await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const policy = await org.send(
      new CreatePolicyCommand({
        Name: 'deny-leave-organization',
        Description: 'Accounts may not leave',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
        }),
      }),
    );

    const first = await collect();
    let section = first.section;
    const actions = first.actions;
    const orgId = created.Organization?.Id ?? '';
    expect(section.organization).toEqual({
      ok: true,
      value: { arn: created.Organization?.Arn, region: 'global', id: orgId, masterAccountId: MOTO_ACCOUNT_ID, featureSet: 'ALL' },
    });
    expect(actions).toEqual(
      new Set([
        'organizations:DescribeOrganization',
        'organizations:ListPolicies',
        'organizations:ListRoots',
        'organizations:ListTargetsForPolicy',
      ]),
    );
    const policies = section.serviceControlPolicies.ok ? section.serviceControlPolicies.value : undefined;
    // The custom SCP is created but attached nowhere yet; FullAWSAccess's targets are not read.
    expect([...(policies ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((p) => [p.id, p.name, p.awsManaged, p.targets])).toEqual([
      [expect.stringMatching(/^p-/), 'deny-leave-organization', false, { ok: true, value: [] }],
      ['p-FullAWSAccess', 'FullAWSAccess', true, null],
    ]);
    // moto leaves the SCP policy type disabled in a new root until EnablePolicyType; the check reads the root, whatever the default.
    expect(section.roots).toMatchObject({ ok: true, value: [{ region: 'global', id: expect.stringMatching(/^r-/), policyTypes: [] }] });

    const rootId = (await org.send(new ListRootsCommand({}))).Roots?.[0]?.Id ?? '';
    await org.send(new EnablePolicyTypeCommand({ RootId: rootId, PolicyType: 'SERVICE_CONTROL_POLICY' }));
    ({ section } = await collect());
    expect(section.roots).toMatchObject({
      ok: true,
      value: [{ id: rootId, policyTypes: [{ type: 'SERVICE_CONTROL_POLICY', status: 'ENABLED' }] }],
    });

    // Attached to the root and to an OU: ListTargetsForPolicy lists both.
    const ou = await org.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: 'workloads' }));
    await org.send(new AttachPolicyCommand({ PolicyId: policy.Policy?.PolicySummary?.Id, TargetId: rootId }));
    await org.send(new AttachPolicyCommand({ PolicyId: policy.Policy?.PolicySummary?.Id, TargetId: ou.OrganizationalUnit?.Id }));
    ({ section } = await collect());
    const custom = section.serviceControlPolicies.ok ? section.serviceControlPolicies.value?.find((p) => !p.awsManaged) : undefined;
    const targets = custom?.targets?.ok ? custom.targets.value : [];
    expect([...targets].sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      { targetId: ou.OrganizationalUnit?.Id, arn: ou.OrganizationalUnit?.Arn, name: 'workloads', type: 'ORGANIZATIONAL_UNIT' },
      { targetId: rootId, arn: expect.stringContaining(rootId), name: 'Root', type: 'ROOT' },
    ]);
  });

  it('records ListPolicies and ListRoots that the caller may not call as access-denied ReadErrors', async () => {
    // A principal that may describe the organization but not list its policies, as a member
    // account is: moto enforces IAM policies once IAM authorisation is on.
    const iam = new IAMClient(seedConfig(moto));
    await iam.send(new CreateUserCommand({ UserName: 'org-reader' }));
    const policy = await iam.send(
      new CreateIamPolicyCommand({
        PolicyName: 'describe-org-only',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'organizations:DescribeOrganization', Resource: '*' }],
        }),
      }),
    );
    await iam.send(new AttachUserPolicyCommand({ UserName: 'org-reader', PolicyArn: policy.Policy?.Arn }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'org-reader' }))).AccessKey;
    await moto.enableIamAuth();
    try {
      const { section } = await collect({ accessKeyId: key?.AccessKeyId ?? '', secretAccessKey: key?.SecretAccessKey ?? '' });
      expect(section.organization.ok).toBe(true);
      expect(section.serviceControlPolicies).toMatchObject({
        ok: false,
        error: { action: 'organizations:ListPolicies', kind: 'access-denied', region: 'global' },
      });
      expect(section.roots).toMatchObject({ ok: false, error: { action: 'organizations:ListRoots', kind: 'access-denied' } });
    } finally {
      await moto.disableIamAuth();
    }
  });
});

describe('collectOrganizations: ListTargetsForPolicy denied (moto, IAM authorisation on)', () => {
  let moto2: Moto;
  beforeAll(async () => {
    moto2 = await startMoto({ loadManagedPolicies: false });
  });
  afterAll(async () => {
    await moto2?.stop();
  });

  it('records the targets of each custom SCP as an access-denied ReadError, and the policy list as read', async () => {
    const org = new OrganizationsClient(seedConfig(moto2));
    await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    await org.send(
      new CreatePolicyCommand({
        Name: 'deny-regions',
        Description: 'x',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } },
          ],
        }),
      }),
    );
    const iam = new IAMClient(seedConfig(moto2));
    await iam.send(new CreateUserCommand({ UserName: 'org-lister' }));
    const allow = ['organizations:DescribeOrganization', 'organizations:ListPolicies', 'organizations:ListRoots'];
    const policy = await iam.send(
      new CreateIamPolicyCommand({
        PolicyName: 'list-no-targets',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: allow, Resource: '*' }] }),
      }),
    );
    await iam.send(new AttachUserPolicyCommand({ UserName: 'org-lister', PolicyArn: policy.Policy?.Arn }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'org-lister' }))).AccessKey;
    await moto2.enableIamAuth();
    const ctx = motoContext(moto2, ['us-east-1'], { accessKeyId: key?.AccessKeyId ?? '', secretAccessKey: key?.SecretAccessKey ?? '' });
    try {
      const section = await collectOrganizations(ctx);
      expect(OrganizationsSection.safeParse(section).success).toBe(true);
      const custom = section.serviceControlPolicies.ok
        ? section.serviceControlPolicies.value?.find((p) => p.name === 'deny-regions')
        : undefined;
      expect(custom?.targets).toMatchObject({
        ok: false,
        error: { action: 'organizations:ListTargetsForPolicy', kind: 'access-denied', target: custom?.arn },
      });
    } finally {
      ctx.close();
      await moto2.disableIamAuth();
    }
  });
});
