import type { AnyCheck } from '../types.js';

/** Every sagemaker check, imported explicitly (no filesystem discovery). */
export const sagemakerChecks: AnyCheck[] = [];
