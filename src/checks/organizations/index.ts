import type { AnyCheck } from '../types.js';
import { organizationsAccountInOrganization } from './organizations-account-in-organization.js';
import { organizationsServiceControlPoliciesInUse } from './organizations-service-control-policies-in-use.js';

/** Every organizations check, imported explicitly (no filesystem discovery). */
export const organizationsChecks: AnyCheck[] = [organizationsAccountInOrganization, organizationsServiceControlPoliciesInUse];
