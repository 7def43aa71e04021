import type { ReadError } from '../../model/observed.js';
import { accountRef, defineCheck, fail, notApplicable, pass, unknown, missingData } from '../define-check.js';

const SCP = 'SERVICE_CONTROL_POLICY';

export const organizationsServiceControlPoliciesInUse = defineCheck({
  id: 'organizations-service-control-policies-in-use',
  title: 'The organization enforces service control policies other than FullAWSAccess',
  service: 'organizations',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['1.23'] },
  rationale:
    'Service control policies are the guardrails no account administrator can override: denying the disabling of CloudTrail or GuardDuty, unused regions, or leaving the organization. FullAWSAccess alone allows everything.',
  remediation: {
    summary:
      'Enable the SCP policy type in the root, then create and attach SCPs with the guardrails the organization needs (for example deny leaving the organization and deny stopping CloudTrail).',
    cli: 'aws organizations enable-policy-type --root-id <r-xxxx> --policy-type SERVICE_CONTROL_POLICY && aws organizations create-policy --type SERVICE_CONTROL_POLICY --name <name> --description <text> --content file://scp.json',
    docs: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
  },
  reads: ['organizations'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const { organization, serviceControlPolicies: policies, roots } = inv.organizations;
    if (!organization.ok) return [unknown(account, organization.error)];
    const org = organization.value;
    if (!org) {
      return [
        notApplicable(
          account,
          `Account ${ctx.accountId} is in no AWS Organizations organization, so no service control policy applies to it.`,
        ),
      ];
    }
    if (org.featureSet !== 'ALL') {
      return [
        fail(
          account,
          `Organization ${org.id} has only the ${org.featureSet} feature set, which does not support service control policies.`,
        ),
      ];
    }
    if (!policies.ok) {
      const errors: ReadError[] = [policies.error, ...(roots.ok ? [] : [roots.error])];
      const who =
        org.masterAccountId === ctx.accountId
          ? ''
          : ` (only the management account ${org.masterAccountId} or a delegated administrator may list them)`;
      return [unknown(account, errors, `The service control policies of organization ${org.id} could not be read${who}`)];
    }
    const custom = (policies.value ?? []).filter((p) => !p.awsManaged);
    if (!custom.length)
      return [fail(account, `Organization ${org.id} has no service control policy other than the AWS managed FullAWSAccess.`)];
    if (!roots.ok)
      return [
        unknown(
          account,
          roots.error,
          `Whether service control policies are enabled in the root of organization ${org.id} could not be read`,
        ),
      ];
    const disabled = (roots.value ?? []).filter((r) => !r.policyTypes.some((t) => t.type === SCP && t.status === 'ENABLED'));
    if (!roots.value?.length || disabled.length) {
      const where = disabled.length ? `root ${disabled.map((r) => r.id).join(', ')}` : 'any root';
      return [
        fail(
          account,
          `Organization ${org.id} defines ${custom.length} service control polic${custom.length === 1 ? 'y' : 'ies'}, but the SCP policy type is not enabled in ${where}, so none is enforced.`,
        ),
      ];
    }
    // A customer SCP attached to no root, OU or account enforces nothing; one attached anywhere
    // is a guardrail in use.
    const attached = custom.filter((p) => p.targets?.ok === true && p.targets.value.length > 0);
    if (attached.length) {
      const names = attached.map((p) => p.name).join(', ');
      return [
        pass(
          account,
          `Organization ${org.id} has the SCP policy type enabled and ${attached.length} customer managed service control polic${attached.length === 1 ? 'y' : 'ies'} attached to a root, OU or account (${names}).`,
        ),
      ];
    }
    const unread: ReadError[] = custom.flatMap((p) =>
      p.targets === null
        ? [missingData('organizations:ListTargetsForPolicy', p.arn, 'the targets of this policy were not read')]
        : p.targets.ok
          ? []
          : [p.targets.error],
    );
    if (unread.length)
      return [
        unknown(account, unread, `Whether the service control policies of organization ${org.id} are attached anywhere could not be read`),
      ];
    const names = custom.map((p) => p.name).join(', ');
    return [
      fail(
        account,
        `Organization ${org.id} defines ${custom.length} customer managed service control polic${custom.length === 1 ? 'y' : 'ies'} (${names}), but none is attached to a root, OU or account, so none is enforced.`,
      ),
    ];
  },
});
