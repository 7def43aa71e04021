/** IAM is global: every read's scope region. */
export const GLOBAL = 'global';
/** AWS's "not configured" code for a missing password policy or policy; the SDK names the class with the suffix. */
export const NO_SUCH_ENTITY = ['NoSuchEntity', 'NoSuchEntityException'];
