import type { AnyCheck } from '../types.js';
import { trustedadvisorSecurityChecksNoAlerts } from './trustedadvisor-security-checks-no-alerts.js';

/** Every trustedadvisor check, imported explicitly (no filesystem discovery). */
export const trustedadvisorChecks: AnyCheck[] = [trustedadvisorSecurityChecksNoAlerts];
