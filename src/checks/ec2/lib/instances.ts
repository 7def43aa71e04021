import type { Ec2Instance } from '../../../model/ec2.js';

/**
 * Instances that exist and can run: terminated and shutting-down instances are going away and
 * no longer hold a configuration anyone can use.
 */
export const LIVE_STATES: readonly string[] = ['pending', 'running', 'stopping', 'stopped'];

export const isLive = (i: Ec2Instance): boolean => LIVE_STATES.includes(i.state);
