import type { AnyCheck } from '../types.js';
import { configRecorderEnabled } from './config-recorder-enabled.js';

/** Every config check, imported explicitly (no filesystem discovery). */
export const configChecks: AnyCheck[] = [configRecorderEnabled];
