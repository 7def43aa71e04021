import { defineCheck } from '../define-check.js';
import { judgeScanType } from './scan-type.js';

export const inspectorEc2ScanningEnabled = defineCheck({
  id: 'inspector-ec2-scanning-enabled',
  title: 'Amazon Inspector EC2 scanning is enabled in every region',
  service: 'inspector',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Inspector.1'], checklist: ['5.11'] },
  rationale:
    "Amazon Inspector EC2 scanning finds software vulnerabilities and unintended network exposure on EC2 instances, continuously as new CVEs are published. As Security Hub Inspector.1, the account fails in a region where EC2 scanning is not enabled; Bulwark reads the scanned account's own status (in an organization Security Hub reports this from the delegated Inspector administrator, for every member).",
  remediation: {
    summary:
      'Activate Amazon Inspector EC2 scanning in each region (with AWS Organizations, from the delegated Inspector administrator, for all members).',
    cli: 'aws inspector2 enable --resource-types EC2 --region <region>',
    docs: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ec2.html',
  },
  reads: ['inspector'],
  evaluate: (inv, ctx) => judgeScanType(inv.inspector, ctx, 'ec2', 'EC2 scanning'),
});
