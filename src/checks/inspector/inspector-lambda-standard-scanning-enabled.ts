import { defineCheck } from '../define-check.js';
import { judgeScanType } from './scan-type.js';

export const inspectorLambdaStandardScanningEnabled = defineCheck({
  id: 'inspector-lambda-standard-scanning-enabled',
  title: 'Amazon Inspector Lambda standard scanning is enabled in every region',
  service: 'inspector',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Inspector.4'], checklist: ['5.11'] },
  rationale:
    "Amazon Inspector Lambda standard scanning finds software vulnerabilities in the package dependencies of Lambda functions and their layers. As Security Hub Inspector.4, the account fails in a region where Lambda standard scanning is not enabled; Bulwark reads the scanned account's own status (in an organization Security Hub reports this from the delegated Inspector administrator, for every member).",
  remediation: {
    summary:
      'Activate Amazon Inspector Lambda standard scanning in each region (with AWS Organizations, from the delegated Inspector administrator, for all members).',
    cli: 'aws inspector2 enable --resource-types LAMBDA --region <region>',
    docs: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html',
  },
  reads: ['inspector'],
  evaluate: (inv, ctx) => judgeScanType(inv.inspector, ctx, 'lambda', 'Lambda standard scanning'),
});
