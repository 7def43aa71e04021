import type { AnyCheck } from '../types.js';
import { lambdaFunctionEnvNoSecretNames } from './lambda-function-env-no-secret-names.js';
import { lambdaFunctionInVpc } from './lambda-function-in-vpc.js';
import { lambdaFunctionRuntimeNotNearDeprecation } from './lambda-function-runtime-not-near-deprecation.js';
import { lambdaFunctionPublicAccessProhibited } from './lambda-function-public-access-prohibited.js';
import { lambdaFunctionSupportedRuntime } from './lambda-function-supported-runtime.js';
import { lambdaFunctionTagged } from './lambda-function-tagged.js';
import { lambdaFunctionUrlAuthRequired } from './lambda-function-url-auth-required.js';
import { lambdaFunctionVpcMultiAz } from './lambda-function-vpc-multi-az.js';
import { lambdaFunctionXrayTracingEnabled } from './lambda-function-xray-tracing-enabled.js';

/** Every lambda check, imported explicitly (no filesystem discovery). */
export const lambdaChecks: AnyCheck[] = [
  lambdaFunctionPublicAccessProhibited,
  lambdaFunctionSupportedRuntime,
  lambdaFunctionRuntimeNotNearDeprecation,
  lambdaFunctionInVpc,
  lambdaFunctionVpcMultiAz,
  lambdaFunctionTagged,
  lambdaFunctionXrayTracingEnabled,
  lambdaFunctionUrlAuthRequired,
  lambdaFunctionEnvNoSecretNames,
];
