import type { AnyCheck } from '../types.js';

/** Checklist items no API can read: reported as MANUAL findings with guidance. */
export const manualChecks: AnyCheck[] = [];
