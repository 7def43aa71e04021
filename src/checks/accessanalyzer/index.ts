import type { AnyCheck } from '../types.js';
import { accessanalyzerExternalAccessAnalyzerEnabled } from './accessanalyzer-external-access-analyzer-enabled.js';
import { accessanalyzerAnalyzerTagged } from './accessanalyzer-analyzer-tagged.js';

/** Every accessanalyzer check, imported explicitly (no filesystem discovery). */
export const accessanalyzerChecks: AnyCheck[] = [accessanalyzerExternalAccessAnalyzerEnabled, accessanalyzerAnalyzerTagged];
