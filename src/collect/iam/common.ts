/** IAM is global: every read's scope region. */
export const GLOBAL = 'global';
/** AWS's "not configured" code for a missing password policy or policy; the SDK names the class with the suffix. */
export const NO_SUCH_ENTITY = ['NoSuchEntity', 'NoSuchEntityException'];
/**
 * MaxItems of IAM's paginated reads: 1,000 is the most AWS accepts (the default is 100). An
 * account's authorization details (users, roles, groups and ~1,300 AWS managed policies) then
 * take 3 pages instead of 25, under IAM's low rate limit.
 */
export const IAM_MAX_ITEMS = 1_000;
