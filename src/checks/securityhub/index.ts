import type { AnyCheck } from '../types.js';
import { securityhubHubEnabled } from './securityhub-hub-enabled.js';
import { securityhubStandardsEnabled } from './securityhub-standards-enabled.js';

/** Every securityhub check, imported explicitly (no filesystem discovery). */
export const securityhubChecks: AnyCheck[] = [securityhubHubEnabled, securityhubStandardsEnabled];
