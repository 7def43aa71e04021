import { guarddutyEc2RuntimeMonitoringEnabled as check } from '../../../src/checks/guardduty/guardduty-ec2-runtime-monitoring-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, { plan: 'EC2 Runtime Monitoring', features: ['RUNTIME_MONITORING'], agent: 'EC2_AGENT_MANAGEMENT' });
