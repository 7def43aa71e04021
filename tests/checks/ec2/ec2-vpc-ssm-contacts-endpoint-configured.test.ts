import { ec2VpcSsmContactsEndpointConfigured as check } from '../../../src/checks/ec2/ec2-vpc-ssm-contacts-endpoint-configured.js';
import { describeVpcEndpointControl } from './vpc-endpoint-cases.js';

describeVpcEndpointControl(check, { service: 'ssm-contacts', label: 'Systems Manager Incident Manager Contacts', interfaceOnly: true });
