import { accountRef, defineCheck, fail, pass, unknown } from '../define-check.js';

export const iamSupportRoleExists = defineCheck({
  id: 'iam-support-role-exists',
  title: 'A support role with AWSSupportAccess exists for incident handling',
  service: 'iam',
  severity: 'low',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['IAM.18'], 'cis-3.0': ['1.17'], checklist: ['1.15'] },
  rationale:
    'During an incident the people who talk to AWS Support need a role that lets them open and manage cases, without borrowing broader credentials.',
  remediation: {
    summary: 'Create a role that your incident responders can assume and attach the AWS managed policy AWSSupportAccess to it.',
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    docs: 'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
  },
  reads: ['iam'],
  evaluate: (inv, ctx) => {
    const account = accountRef(ctx);
    const entities = inv.iam.supportAccessEntities;
    if (!entities.ok) return [unknown(account, entities.error)];
    if (!entities.value)
      return [fail(account, 'The AWS managed policy AWSSupportAccess does not exist in this partition, so no role has it.')];
    const roles = entities.value.entities.filter((e) => e.kind === 'role');
    if (roles.length > 0)
      return [
        pass(account, `AWSSupportAccess is attached to the role${roles.length > 1 ? 's' : ''} ${roles.map((r) => r.name).join(', ')}.`),
      ];
    const others = entities.value.entities;
    // CIS 1.17 asks for a role specifically: users and groups do not count.
    return [
      fail(
        account,
        others.length > 0
          ? `AWSSupportAccess is attached only to users or groups (${others.map((e) => e.name).join(', ')}), not to a role.`
          : 'No role has the AWSSupportAccess policy attached.',
      ),
    ];
  },
});
