import { guarddutyEksAuditLogsEnabled as check } from '../../../src/checks/guardduty/guardduty-eks-audit-logs-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, { plan: 'EKS Audit Log Monitoring', features: ['EKS_AUDIT_LOGS'] });
