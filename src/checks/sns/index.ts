import type { AnyCheck } from '../types.js';
import { snsTopicEncryptedKms } from './sns-topic-encrypted-kms.js';
import { snsTopicPolicyNoCrossAccountAccess } from './sns-topic-policy-no-cross-account-access.js';
import { snsTopicPolicyNotPublic } from './sns-topic-policy-not-public.js';
import { snsTopicTagged } from './sns-topic-tagged.js';

/** Every sns check, imported explicitly (no filesystem discovery). */
export const snsChecks: AnyCheck[] = [snsTopicEncryptedKms, snsTopicPolicyNotPublic, snsTopicPolicyNoCrossAccountAccess, snsTopicTagged];
