import { ec2VpcSsmIncidentsEndpointConfigured as check } from '../../../src/checks/ec2/ec2-vpc-ssm-incidents-endpoint-configured.js';
import { describeVpcEndpointControl } from './vpc-endpoint-cases.js';

describeVpcEndpointControl(check, { service: 'ssm-incidents', label: 'Systems Manager Incident Manager', interfaceOnly: true });
