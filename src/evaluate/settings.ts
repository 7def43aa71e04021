import type { CheckSettings } from '../checks/types.js';

/** Thresholds from CIS AWS Foundations v3.0.0 and FSBP, unless a user config overrides them. */
export const DEFAULT_SETTINGS: CheckSettings = {
  maxAccessKeyAgeDays: 90,
  maxCredentialUnusedDays: 45,
  maxUserInactiveDays: 90,
  rootRecentUseDays: 90,
  authorizedPublicPorts: [80, 443],
};
