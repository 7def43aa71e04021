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
  // Checklist 6.3's default: an image older than this misses half a year of OS and agent patches.
  maxAmiAgeDays: 180,
  // EC2.18's defaults: authorizedTcpPorts 80,443 and no authorized UDP port.
  authorizedPublicTcpPorts: [80, 443],
  authorizedPublicUdpPorts: [],
};
