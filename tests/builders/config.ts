import type { ConfigRecorder, ConfigRegion, ConfigSection } from '../../src/model/config.js';
import { REGIONS, ok } from './common.js';

export function configRecorder(overrides: Partial<ConfigRecorder> = {}): ConfigRecorder {
  return {
    name: 'default',
    allSupported: true,
    includeGlobalResourceTypes: true,
    recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES',
    resourceTypes: [],
    excludedResourceTypes: [],
    ...overrides,
  };
}

/** A region with a recording, all-resources recorder and a delivery channel. */
export function configRegion(overrides: Partial<ConfigRegion> = {}): ConfigRegion {
  return {
    recorders: ok([configRecorder()]),
    recorderStatuses: ok([{ name: 'default', recording: true, lastStatus: 'Success' }]),
    deliveryChannels: ok([{ name: 'default', s3BucketName: 'org-config-logs', snsTopicArn: null }]),
    ...overrides,
  };
}

export function compliantConfigSection(): ConfigSection {
  return { regions: Object.fromEntries(REGIONS.map((r) => [r, configRegion()])) };
}
