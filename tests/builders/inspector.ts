import type { InspectorResource, InspectorSection } from '../../src/model/inspector.js';
import { REGIONS, arn, ok } from './common.js';

/** A compliant inspector resource; a test overrides only what makes its case fail. */
export function inspectorResource(name: string, region: string, overrides: Partial<InspectorResource> = {}): InspectorResource {
  return { arn: arn('inspector2', region, name), region, name, ...overrides };
}

export function inspectorSection(resources: InspectorResource[]): InspectorSection {
  return { resources: Object.fromEntries(REGIONS.map((r) => [r, ok(resources.filter((x) => x.region === r))])) };
}

export function compliantInspectorSection(): InspectorSection {
  return inspectorSection(REGIONS.map((r) => inspectorResource(`inspector-${r}`, r)));
}
