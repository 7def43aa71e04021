import { guarddutyLambdaProtectionEnabled as check } from '../../../src/checks/guardduty/guardduty-lambda-protection-enabled.js';
import { describePlanControl } from './plan-cases.js';

describePlanControl(check, { plan: 'Lambda Protection', features: ['LAMBDA_NETWORK_LOGS'] });
