import type { AnyCheck } from '../types.js';
import { ec2InstanceProfileAttached } from './ec2-instance-profile-attached.js';
import { ec2KeyPairInUse } from './ec2-key-pair-in-use.js';
import { ec2EbsDefaultEncryptionEnabled } from './ec2-ebs-default-encryption-enabled.js';
import { ec2VolumeEncrypted } from './ec2-volume-encrypted.js';
import { ec2SnapshotNotPublic } from './ec2-snapshot-not-public.js';
import { ec2ImageNotPublic } from './ec2-image-not-public.js';
import { ec2SecurityGroupSshRestricted } from './ec2-security-group-ssh-restricted.js';
import { ec2SecurityGroupRdpRestricted } from './ec2-security-group-rdp-restricted.js';
import { ec2SecurityGroupCifsRestricted } from './ec2-security-group-cifs-restricted.js';
import { ec2SecurityGroupAdminPortsIpv4Restricted } from './ec2-security-group-admin-ports-ipv4-restricted.js';
import { ec2SecurityGroupAdminPortsIpv6Restricted } from './ec2-security-group-admin-ports-ipv6-restricted.js';
import { ec2SecurityGroupHighRiskPortsRestricted } from './ec2-security-group-high-risk-ports-restricted.js';
import { ec2SecurityGroupSensitivePortsRestricted } from './ec2-security-group-sensitive-ports-restricted.js';
import { ec2SecurityGroupPublicIngressAuthorizedPortsOnly } from './ec2-security-group-public-ingress-authorized-ports-only.js';
import { ec2SecurityGroupDefaultRestrictsAllTraffic } from './ec2-security-group-default-restricts-all-traffic.js';
import { ec2NetworkAclAdminPortsRestricted } from './ec2-network-acl-admin-ports-restricted.js';
import { ec2VpcFlowLogsEnabled } from './ec2-vpc-flow-logs-enabled.js';
import { ec2InstanceNoPublicIp } from './ec2-instance-no-public-ip.js';
import { ec2SubnetNoAutoAssignPublicIp } from './ec2-subnet-no-auto-assign-public-ip.js';
import { ec2InstanceImdsv2Required } from './ec2-instance-imdsv2-required.js';
import { ec2InternetGatewayAttached } from './ec2-internet-gateway-attached.js';
import { ec2VpnGatewayAttached } from './ec2-vpn-gateway-attached.js';
import { ec2VpcEndpointPolicyPrincipalRestricted } from './ec2-vpc-endpoint-policy-principal-restricted.js';

/** Every ec2 check, imported explicitly (no filesystem discovery), in checklist order. */
export const ec2Checks: AnyCheck[] = [
  ec2InstanceProfileAttached,
  ec2KeyPairInUse,
  ec2EbsDefaultEncryptionEnabled,
  ec2VolumeEncrypted,
  ec2SnapshotNotPublic,
  ec2ImageNotPublic,
  ec2SecurityGroupSshRestricted,
  ec2SecurityGroupRdpRestricted,
  ec2SecurityGroupCifsRestricted,
  ec2SecurityGroupAdminPortsIpv4Restricted,
  ec2SecurityGroupAdminPortsIpv6Restricted,
  ec2SecurityGroupHighRiskPortsRestricted,
  ec2SecurityGroupSensitivePortsRestricted,
  ec2SecurityGroupPublicIngressAuthorizedPortsOnly,
  ec2SecurityGroupDefaultRestrictsAllTraffic,
  ec2NetworkAclAdminPortsRestricted,
  ec2VpcFlowLogsEnabled,
  ec2InstanceNoPublicIp,
  ec2SubnetNoAutoAssignPublicIp,
  ec2InstanceImdsv2Required,
  ec2InternetGatewayAttached,
  ec2VpnGatewayAttached,
  ec2VpcEndpointPolicyPrincipalRestricted,
];
