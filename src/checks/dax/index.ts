import type { AnyCheck } from '../types.js';
import { daxClusterEncryptedAtRest } from './dax-cluster-encrypted-at-rest.js';
import { daxClusterEncryptedInTransit } from './dax-cluster-encrypted-in-transit.js';

/** Every dax check, imported explicitly (no filesystem discovery). */
export const daxChecks: AnyCheck[] = [daxClusterEncryptedAtRest, daxClusterEncryptedInTransit];
