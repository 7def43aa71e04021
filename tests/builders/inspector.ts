import type { InspectorAccountStatus, InspectorSection } from '../../src/model/inspector.js';
import { REGIONS, ok } from './common.js';

/** Every scan type enabled. */
export function inspectorStatus(overrides: Partial<InspectorAccountStatus> = {}): InspectorAccountStatus {
  return { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED', lambdaCode: 'ENABLED', ...overrides };
}

export function inspectorSection(byRegion: Partial<Record<string, InspectorSection['accountStatus'][string]>> = {}): InspectorSection {
  return { accountStatus: Object.fromEntries(REGIONS.map((r) => [r, byRegion[r] ?? ok(inspectorStatus())])) };
}

export function compliantInspectorSection(): InspectorSection {
  return inspectorSection();
}
