import type { AnyCheck } from '../types.js';
import { macieAccountEnabled } from './macie-account-enabled.js';
import { macieAutomatedDiscoveryEnabled } from './macie-automated-discovery-enabled.js';

/** Every macie check, imported explicitly (no filesystem discovery). */
export const macieChecks: AnyCheck[] = [macieAccountEnabled, macieAutomatedDiscoveryEnabled];
