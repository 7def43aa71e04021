import { ec2VpcEc2EndpointConfigured as check } from '../../../src/checks/ec2/ec2-vpc-ec2-endpoint-configured.js';
import { describeVpcEndpointControl } from './vpc-endpoint-cases.js';

describeVpcEndpointControl(check, { service: 'ec2', label: 'Amazon EC2', interfaceOnly: false });
