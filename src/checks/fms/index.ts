import type { AnyCheck } from '../types.js';
import { fmsFirewallPoliciesInUse } from './fms-firewall-policies-in-use.js';

/** Every fms check, imported explicitly (no filesystem discovery). */
export const fmsChecks: AnyCheck[] = [fmsFirewallPoliciesInUse];
