import { ec2VpcSsmEndpointConfigured as check } from '../../../src/checks/ec2/ec2-vpc-ssm-endpoint-configured.js';
import { describeVpcEndpointControl } from './vpc-endpoint-cases.js';

describeVpcEndpointControl(check, { service: 'ssm', label: 'Systems Manager', interfaceOnly: true });
