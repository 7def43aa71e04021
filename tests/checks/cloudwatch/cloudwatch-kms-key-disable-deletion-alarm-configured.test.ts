import { describe, expect, it } from 'vitest';
import { cloudwatchKmsKeyDisableDeletionAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-kms-key-disable-deletion-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.7';

describe('cloudwatch-kms-key-disable-deletion-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.7 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.7'], fsbp: ['CloudWatch.7'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('fails a filter narrowed to another event source than kms.amazonaws.com', () => {
    const results = runWithPattern(
      check,
      ITEM,
      '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
    );
    expect(results[0]?.status).toBe('FAIL');
  });
});
