import type { AnyCheck } from '../types.js';
import { accessanalyzerExternalAccessAnalyzerEnabled } from './accessanalyzer-external-access-analyzer-enabled.js';

/** Every accessanalyzer check, imported explicitly (no filesystem discovery). */
export const accessanalyzerChecks: AnyCheck[] = [accessanalyzerExternalAccessAnalyzerEnabled];
