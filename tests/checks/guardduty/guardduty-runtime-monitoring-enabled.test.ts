import { guarddutyRuntimeMonitoringEnabled as check } from '../../../src/checks/guardduty/guardduty-runtime-monitoring-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, { plan: 'Runtime Monitoring', features: ['RUNTIME_MONITORING'] });
