import { defineCheck } from '../define-check.js';
import { judgeScanType } from './scan-type.js';

export const inspectorEcrScanningEnabled = defineCheck({
  id: 'inspector-ecr-scanning-enabled',
  title: 'Amazon Inspector ECR scanning is enabled in every region',
  service: 'inspector',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Inspector.2'], checklist: ['5.11'] },
  rationale:
    "Amazon Inspector ECR scanning finds software vulnerabilities in the container images pushed to Amazon ECR, and rescans them as new CVEs are published. As Security Hub Inspector.2, the account fails in a region where ECR scanning is not enabled; Bulwark reads the scanned account's own status (in an organization Security Hub reports this from the delegated Inspector administrator, for every member).",
  remediation: {
    summary:
      'Activate Amazon Inspector ECR scanning in each region (with AWS Organizations, from the delegated Inspector administrator, for all members).',
    cli: 'aws inspector2 enable --resource-types ECR --region <region>',
    docs: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html',
  },
  reads: ['inspector'],
  evaluate: (inv, ctx) => judgeScanType(inv.inspector, ctx, 'ecr', 'ECR scanning'),
});
