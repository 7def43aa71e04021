import type { AnyCheck } from '../types.js';
import { cloudformationStackNoSecrets } from './cloudformation-stack-no-secrets.js';
import { cloudformationStackServiceRoleAssociated } from './cloudformation-stack-service-role-associated.js';
import { cloudformationStackTagged } from './cloudformation-stack-tagged.js';
import { cloudformationStackTerminationProtectionEnabled } from './cloudformation-stack-termination-protection-enabled.js';

/** Every cloudformation check, imported explicitly (no filesystem discovery). */
export const cloudformationChecks: AnyCheck[] = [
  cloudformationStackNoSecrets,
  cloudformationStackTerminationProtectionEnabled,
  cloudformationStackServiceRoleAssociated,
  cloudformationStackTagged,
];
