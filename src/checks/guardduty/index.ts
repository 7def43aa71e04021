import type { AnyCheck } from '../types.js';
import { guarddutyDetectorEnabled } from './guardduty-detector-enabled.js';

/** Every guardduty check, imported explicitly (no filesystem discovery). */
export const guarddutyChecks: AnyCheck[] = [guarddutyDetectorEnabled];
