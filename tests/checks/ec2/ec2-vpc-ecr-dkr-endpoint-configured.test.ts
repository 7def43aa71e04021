import { ec2VpcEcrDkrEndpointConfigured as check } from '../../../src/checks/ec2/ec2-vpc-ecr-dkr-endpoint-configured.js';
import { describeVpcEndpointControl } from './vpc-endpoint-cases.js';

describeVpcEndpointControl(check, { service: 'ecr.dkr', label: 'the ECR Docker registry', interfaceOnly: true });
