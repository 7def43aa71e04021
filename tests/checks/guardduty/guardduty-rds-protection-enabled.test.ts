import { guarddutyRdsProtectionEnabled as check } from '../../../src/checks/guardduty/guardduty-rds-protection-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, { plan: 'RDS Protection', features: ['RDS_LOGIN_EVENTS'] });
