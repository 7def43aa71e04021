import type { AnyCheck } from '../types.js';
import { kinesisStreamEncrypted } from './kinesis-stream-encrypted.js';
import { kinesisStreamRetentionAdequate } from './kinesis-stream-retention-adequate.js';

import { kinesisStreamTagged } from './kinesis-stream-tagged.js';
/** Every kinesis check, imported explicitly (no filesystem discovery). */
export const kinesisChecks: AnyCheck[] = [kinesisStreamTagged, kinesisStreamEncrypted, kinesisStreamRetentionAdequate];
