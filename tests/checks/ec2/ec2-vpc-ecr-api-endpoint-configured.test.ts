import { ec2VpcEcrApiEndpointConfigured as check } from '../../../src/checks/ec2/ec2-vpc-ecr-api-endpoint-configured.js';
import { describeVpcEndpointControl } from './vpc-endpoint-cases.js';

describeVpcEndpointControl(check, { service: 'ecr.api', label: 'the ECR API', interfaceOnly: true });
