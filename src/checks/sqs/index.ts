import type { AnyCheck } from '../types.js';
import { sqsQueueEncrypted } from './sqs-queue-encrypted.js';
import { sqsQueuePolicyNoCrossAccountAccess } from './sqs-queue-policy-no-cross-account-access.js';
import { sqsQueuePolicyNotPublic } from './sqs-queue-policy-not-public.js';
import { sqsQueueTagged } from './sqs-queue-tagged.js';

/** Every sqs check, imported explicitly (no filesystem discovery). */
export const sqsChecks: AnyCheck[] = [sqsQueueEncrypted, sqsQueuePolicyNotPublic, sqsQueuePolicyNoCrossAccountAccess, sqsQueueTagged];
