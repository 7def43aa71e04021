import { securityHubControls } from './security-hub.js';
import type { FsbpControl, SecurityHubControl } from './types.js';

/**
 * The FSBP v1.0.0 standard is a subset of the Security Hub controls (those flagged `fsbp`), so it is
 * derived from that catalogue rather than kept as a second generated copy that could drift from it.
 */
export function fsbpOf(controls: readonly SecurityHubControl[]): FsbpControl[] {
  return controls.filter((c) => c.fsbp).map(({ id, title, section, severity }) => ({ id, title, section, severity }));
}

export const fsbpControls: readonly FsbpControl[] = fsbpOf(securityHubControls);
