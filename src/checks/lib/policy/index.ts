/**
 * The one policy engine: parse any IAM identity or resource policy, then ask it questions.
 *
 *   const parsed = parsePolicy(doc);
 *   if (!parsed.ok) return unknown(...);            // never PASS on a policy we cannot read
 *   publicAccess(parsed.policy, { actions: ['s3:Get*'] }).grants
 */
export { parsePolicy, type ConditionTest, type ParsedPolicy, type Policy, type Principals, type Statement } from './document.js';
export { wildcardCovers, wildcardMatch, wildcardsIntersect } from './wildcard.js';
export { allowReachesEveryone, isExactlyEveryone, namesEveryone, principalAccount } from './principal.js';
export { exemptsOnlyPinnedCallers, isInsecureTransportTest, pinsCaller, type PolicyContext } from './condition.js';
export {
  coversActions,
  coversResource,
  denyLeavesOnlyPinnedCallers,
  externalAccess,
  grantsOnAllOf,
  grantsOnEveryResource,
  isFullWildcardAction,
  isOpenAllow,
  isPublic,
  isServiceWildcardAction,
  publicAccess,
  touchesActions,
  touchesResource,
  wildcardActionGrants,
  type AccessQuestion,
  type ExternalAccess,
  type PublicAnswer,
  type PublicGrant,
} from './questions.js';
export { listSome, statementLabel } from './label.js';
export { pinnedAccounts, pinnedCallers, type PinnedCallers } from './accounts.js';
