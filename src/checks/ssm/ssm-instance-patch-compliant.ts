import { defineCheck } from '../define-check.js';
import { judgeCompliance } from './compliance.js';

export const ssmInstancePatchCompliant = defineCheck({
  id: 'ssm-instance-patch-compliant',
  title: 'Managed instances are patch compliant',
  service: 'ssm',
  severity: 'high',
  resourceType: 'AwsSsmPatchCompliance',
  frameworks: { fsbp: ['SSM.2'], checklist: ['6.2'] },
  rationale:
    'Missing patches leave known vulnerabilities open. As Security Hub SSM.2 (AWS Config ec2-managedinstance-patch-compliance-status-check), a managed instance fails when Patch Manager reports its patch compliance as NON_COMPLIANT after a scan or installation; instances without patch compliance data are not judged.',
  remediation: {
    summary:
      'Install the missing patches with Patch Manager (a patch policy or AWS-RunPatchBaseline with Operation=Install), then let the next scan report compliance.',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<instance-id> --parameters Operation=Install',
    docs: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  },
  reads: ['ssm'],
  evaluate: (inv, ctx) => judgeCompliance(ctx, inv.ssm, 'Patch', 'AwsSsmPatchCompliance', 'patch compliance'),
});
