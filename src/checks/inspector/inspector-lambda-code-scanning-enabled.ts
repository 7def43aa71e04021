import { defineCheck } from '../define-check.js';
import { judgeScanType } from './scan-type.js';

export const inspectorLambdaCodeScanningEnabled = defineCheck({
  id: 'inspector-lambda-code-scanning-enabled',
  title: 'Amazon Inspector Lambda code scanning is enabled in every region',
  service: 'inspector',
  severity: 'high',
  resourceType: 'AwsAccount',
  frameworks: { fsbp: ['Inspector.3'], checklist: ['5.11'] },
  rationale:
    "Amazon Inspector Lambda code scanning reads the code of Lambda functions for vulnerabilities such as injection flaws, data leaks, weak cryptography and hard-coded secrets. As Security Hub Inspector.3, the account fails in a region where Lambda code scanning is not enabled; Bulwark reads the scanned account's own status (in an organization Security Hub reports this from the delegated Inspector administrator, for every member).",
  remediation: {
    summary:
      'Activate Amazon Inspector Lambda code scanning in each region (with AWS Organizations, from the delegated Inspector administrator, for all members). Lambda code scanning requires Lambda standard scanning.',
    cli: 'aws inspector2 enable --resource-types LAMBDA LAMBDA_CODE --region <region>',
    docs: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html',
  },
  reads: ['inspector'],
  evaluate: (inv, ctx) => judgeScanType(inv.inspector, ctx, 'lambdaCode', 'Lambda code scanning'),
});
