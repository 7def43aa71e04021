import type { CheckSettings } from '../checks/types.js';

/**
 * Thresholds from CIS AWS Foundations v3.0.0 and FSBP. There is no config file yet: only callers of
 * evaluateInventory can override them (its `settings` option); the CLI always uses these.
 */
export const DEFAULT_SETTINGS: CheckSettings = {
  maxAccessKeyAgeDays: 90,
  maxCredentialUnusedDays: 45,
  maxUserInactiveDays: 90,
  rootRecentUseDays: 90,
  authorizedPublicPorts: [80, 443],
};
