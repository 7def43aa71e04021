import { describe, expect, it } from 'vitest';
import { configRecorderEnabled as check } from '../../../src/checks/config/config-recorder-enabled.js';
import { buildInventory, denied, ok, run, statusByArn } from '../../builders/index.js';
import { configRecorder, configRegion } from '../../builders/config.js';
import type { ConfigRegion } from '../../../src/model/config.js';

const EU = 'arn:aws:config:eu-west-1:111122223333:account';
const US = 'arn:aws:config:us-east-1:111122223333:account';
const withEu = (eu: Partial<ConfigRegion>, us: Partial<ConfigRegion> = {}) =>
  run(check, buildInventory({ config: { regions: { 'eu-west-1': configRegion(eu), 'us-east-1': configRegion(us) } } }));

describe('config-recorder-enabled', () => {
  it('passes in every region of the compliant section', () => {
    expect(statusByArn(run(check, buildInventory()))).toEqual({ [EU]: 'PASS', [US]: 'PASS' });
  });

  it('passes when global resource types are recorded in one region only', () => {
    const results = withEu({ recorders: ok([configRecorder({ includeGlobalResourceTypes: false })]) });
    expect(statusByArn(results)).toEqual({ [EU]: 'PASS', [US]: 'PASS' });
  });

  it('fails a region without a recorder', () => {
    const r = withEu({ recorders: ok([]), recorderStatuses: ok([]) }).find((x) => x.resourceArn === EU);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toBe('AWS Config in eu-west-1 has no configuration recorder.');
  });

  it('fails a recorder that records only selected resource types or excludes some', () => {
    const some = withEu({
      recorders: ok([
        configRecorder({ allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES', resourceTypes: ['AWS::S3::Bucket'] }),
      ]),
    });
    expect(some.find((x) => x.resourceArn === EU)?.reason).toContain('only selected resource types');
    const excl = withEu({
      recorders: ok([
        configRecorder({
          allSupported: false,
          recordingStrategy: 'EXCLUSION_BY_RESOURCE_TYPES',
          excludedResourceTypes: ['AWS::EC2::Instance'],
        }),
      ]),
    });
    expect(excl.find((x) => x.resourceArn === EU)?.status).toBe('FAIL');
  });

  it('fails a stopped recorder and one whose last run failed', () => {
    const stopped = withEu({ recorderStatuses: ok([{ name: 'default', recording: false, lastStatus: 'Success' }]) });
    expect(stopped.find((x) => x.resourceArn === EU)?.reason).toContain('stopped');
    const failing = withEu({ recorderStatuses: ok([{ name: 'default', recording: true, lastStatus: 'Failure' }]) });
    expect(failing.find((x) => x.resourceArn === EU)?.reason).toContain('last recording attempt failed');
  });

  it('fails a region without a delivery channel', () => {
    const r = withEu({ deliveryChannels: ok([]) }).find((x) => x.resourceArn === EU);
    expect(r?.status).toBe('FAIL');
    expect(r?.reason).toContain('no delivery channel');
  });

  it('fails every region when no region records global resource types', () => {
    const noGlobal = { recorders: ok([configRecorder({ includeGlobalResourceTypes: false })]) };
    const results = withEu(noGlobal, noGlobal);
    expect(statusByArn(results)).toEqual({ [EU]: 'FAIL', [US]: 'FAIL' });
    expect(results[0]?.reason).toContain('global (IAM) resource types');
  });

  it('is unknown, not failed, when no scanned region records global types but the scan skipped enabled regions', () => {
    const noGlobal = { recorders: ok([configRecorder({ includeGlobalResourceTypes: false })]) };
    const inv = buildInventory({ config: { regions: { 'eu-west-1': configRegion(noGlobal), 'us-east-1': configRegion(noGlobal) } } });
    inv.regions.complete = false;
    const results = run(check, inv);
    expect(statusByArn(results)).toEqual({ [EU]: 'UNKNOWN', [US]: 'UNKNOWN' });
    expect(results[0]?.reason).toMatch(/not every enabled region was scanned/);
  });

  it('is unknown when a read was denied', () => {
    const results = withEu({ recorders: denied('config:DescribeConfigurationRecorders', { region: 'eu-west-1' }) });
    const r = results.find((x) => x.resourceArn === EU);
    expect(r?.status).toBe('UNKNOWN');
    expect(r?.reason).toContain('config:DescribeConfigurationRecorders');
    const st = withEu({ recorderStatuses: denied('config:DescribeConfigurationRecorderStatus') }).find((x) => x.resourceArn === EU);
    expect(st?.reason).toContain('config:DescribeConfigurationRecorderStatus');
  });
});
