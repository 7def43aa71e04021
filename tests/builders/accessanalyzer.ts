import type { AccessAnalyzerSection } from '../../src/model/accessanalyzer.js';

/** A fully compliant accessanalyzer section with at least one resource per kind (placeholder). */
export function compliantAccessAnalyzerSection(): AccessAnalyzerSection {
  return {};
}
