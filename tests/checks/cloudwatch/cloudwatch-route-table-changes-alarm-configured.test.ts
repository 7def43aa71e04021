import { describe, expect, it } from 'vitest';
import { cloudwatchRouteTableChangesAlarmConfigured as check } from '../../../src/checks/cloudwatch/cloudwatch-route-table-changes-alarm-configured.js';
import { METRIC_FILTER_SPECS } from '../../../src/checks/cloudwatch/metric-filter.js';
import { metricFilterCheckCases, runWithPattern } from './metric-filter-cases.js';

const ITEM = '4.13';

describe('cloudwatch-route-table-changes-alarm-configured', () => {
  metricFilterCheckCases(check, ITEM);

  it('maps to CIS 4.13 and its remediation gives the CIS pattern', () => {
    expect(check.frameworks).toMatchObject({ 'cis-3.0': ['4.13'], fsbp: ['CloudWatch.13'] });
    expect(check.remediation.summary).toContain(METRIC_FILTER_SPECS[ITEM].cisPattern);
  });

  it('passes the CIS variant narrowed to ec2.amazonaws.com', () => {
    const results = runWithPattern(
      check,
      ITEM,
      '{($.eventSource = ec2.amazonaws.com) && ($.eventName =CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName =ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName= DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName =DisassociateRouteTable) }',
    );
    expect(results[0]?.status).toBe('PASS');
  });
});
