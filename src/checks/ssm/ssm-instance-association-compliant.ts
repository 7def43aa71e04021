import { defineCheck } from '../define-check.js';
import { judgeCompliance } from './compliance.js';

export const ssmInstanceAssociationCompliant = defineCheck({
  id: 'ssm-instance-association-compliant',
  title: 'Managed instances are compliant with their State Manager associations',
  service: 'ssm',
  severity: 'low',
  resourceType: 'Other',
  frameworks: { fsbp: ['SSM.3'] },
  rationale:
    'State Manager associations keep instances in a defined configuration (agents installed, settings applied); a failed association means the instance drifted from it. As Security Hub SSM.3 (AWS Config ec2-managedinstance-association-compliance-status-check), a managed instance fails when its association compliance is NON_COMPLIANT; instances without association data are not judged.',
  remediation: {
    summary: 'Find the failed association on the instance, fix its cause (permissions, parameters, document), and run it again.',
    cli: 'aws ssm describe-instance-associations-status --instance-id <instance-id>',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-state.html',
  },
  reads: ['ssm'],
  evaluate: (inv, ctx) => judgeCompliance(ctx, inv.ssm, 'Association', 'Other', 'association compliance'),
});
