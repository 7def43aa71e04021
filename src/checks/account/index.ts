import type { AnyCheck } from '../types.js';
import { accountSecurityContactRegistered } from './account-security-contact-registered.js';

/** Every account check, imported explicitly (no filesystem discovery). */
export const accountChecks: AnyCheck[] = [accountSecurityContactRegistered];
