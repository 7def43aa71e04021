import { describe, expect, it } from 'vitest';
import { cloudwatchS3BucketPolicyChangesAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-s3-bucket-policy-changes-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.8';

describe('cloudwatch-s3-bucket-policy-changes-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.8 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.8'], fsbp: ['CloudWatch.8'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('fails a filter narrowed to another event source than s3.amazonaws.com', () => {
    const source = METRIC_FILTER_SPECS[ITEM].eventSource;
    const pattern = METRIC_FILTER_SPECS[ITEM].cisPattern.replace(source, 'ec2.amazonaws.com');
    expect(pattern).not.toBe(METRIC_FILTER_SPECS[ITEM].cisPattern);
    expect(runWithPattern(check, ITEM, pattern)[0]?.status).toBe('FAIL');
  });
});
