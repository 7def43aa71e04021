import type { AnyCheck } from '../types.js';

/** Every apigateway check, imported explicitly (no filesystem discovery). */
export const apigatewayChecks: AnyCheck[] = [];
