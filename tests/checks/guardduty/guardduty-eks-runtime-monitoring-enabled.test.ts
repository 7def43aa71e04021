import { guarddutyEksRuntimeMonitoringEnabled as check } from '../../../src/checks/guardduty/guardduty-eks-runtime-monitoring-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, {
  plan: 'EKS Runtime Monitoring',
  features: ['EKS_RUNTIME_MONITORING', 'RUNTIME_MONITORING'],
  agent: 'EKS_ADDON_MANAGEMENT',
});
