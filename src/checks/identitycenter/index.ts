import type { AnyCheck } from '../types.js';
import { identitycenterCentralizedIdentityEnabled } from './identitycenter-centralized-identity-enabled.js';

/** Every identitycenter check, imported explicitly (no filesystem discovery). */
export const identitycenterChecks: AnyCheck[] = [identitycenterCentralizedIdentityEnabled];
