import type { AnyCheck } from '../types.js';
import { inspectorEc2ScanningEnabled } from './inspector-ec2-scanning-enabled.js';
import { inspectorEcrScanningEnabled } from './inspector-ecr-scanning-enabled.js';
import { inspectorLambdaCodeScanningEnabled } from './inspector-lambda-code-scanning-enabled.js';
import { inspectorLambdaStandardScanningEnabled } from './inspector-lambda-standard-scanning-enabled.js';

/** Every inspector check, imported explicitly (no filesystem discovery). */
export const inspectorChecks: AnyCheck[] = [
  inspectorEc2ScanningEnabled,
  inspectorEcrScanningEnabled,
  inspectorLambdaCodeScanningEnabled,
  inspectorLambdaStandardScanningEnabled,
];
