import type { AnyCheck } from '../types.js';
import { kinesisStreamEncrypted } from './kinesis-stream-encrypted.js';
import { kinesisStreamRetentionAdequate } from './kinesis-stream-retention-adequate.js';

/** Every kinesis check, imported explicitly (no filesystem discovery). */
export const kinesisChecks: AnyCheck[] = [kinesisStreamEncrypted, kinesisStreamRetentionAdequate];
