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

import { ec2TransitGatewayAttachmentTagged } from './ec2-transit-gateway-attachment-tagged.js';
import { ec2TransitGatewayRouteTableTagged } from './ec2-transit-gateway-route-table-tagged.js';
import { ec2NetworkInterfaceTagged } from './ec2-network-interface-tagged.js';
import { ec2CustomerGatewayTagged } from './ec2-customer-gateway-tagged.js';
import { ec2ElasticIpTagged } from './ec2-elastic-ip-tagged.js';
import { ec2InstanceTagged } from './ec2-instance-tagged.js';
import { ec2InternetGatewayTagged } from './ec2-internet-gateway-tagged.js';
import { ec2NatGatewayTagged } from './ec2-nat-gateway-tagged.js';
import { ec2NetworkAclTagged } from './ec2-network-acl-tagged.js';
import { ec2RouteTableTagged } from './ec2-route-table-tagged.js';
import { ec2SecurityGroupTagged } from './ec2-security-group-tagged.js';
import { ec2SubnetTagged } from './ec2-subnet-tagged.js';
import { ec2VolumeTagged } from './ec2-volume-tagged.js';
import { ec2VpcTagged } from './ec2-vpc-tagged.js';
import { ec2VpcEndpointServiceTagged } from './ec2-vpc-endpoint-service-tagged.js';
import { ec2FlowLogTagged } from './ec2-flow-log-tagged.js';
import { ec2VpcPeeringConnectionTagged } from './ec2-vpc-peering-connection-tagged.js';
import { ec2VpnGatewayTagged } from './ec2-vpn-gateway-tagged.js';
import { ec2TransitGatewayTagged } from './ec2-transit-gateway-tagged.js';
import { ec2DhcpOptionsTagged } from './ec2-dhcp-options-tagged.js';
import { ec2LaunchTemplateTagged } from './ec2-launch-template-tagged.js';
import { ec2PrefixListTagged } from './ec2-prefix-list-tagged.js';
import { ec2TrafficMirrorSessionTagged } from './ec2-traffic-mirror-session-tagged.js';
import { ec2TrafficMirrorFilterTagged } from './ec2-traffic-mirror-filter-tagged.js';
import { ec2TrafficMirrorTargetTagged } from './ec2-traffic-mirror-target-tagged.js';
import { ec2ElasticIpInUse } from './ec2-elastic-ip-in-use.js';
import { ec2SecurityGroupInUse } from './ec2-security-group-in-use.js';
import { ec2NetworkAclInUse } from './ec2-network-acl-in-use.js';
import { ec2InstanceSingleNetworkInterface } from './ec2-instance-single-network-interface.js';
import { ec2InstanceNotParavirtual } from './ec2-instance-not-paravirtual.js';
import { ec2TransitGatewayAutoAcceptDisabled } from './ec2-transit-gateway-auto-accept-disabled.js';
import { ec2VpnConnectionTunnelsUp } from './ec2-vpn-connection-tunnels-up.js';
import { ec2VpnConnectionLoggingEnabled } from './ec2-vpn-connection-logging-enabled.js';
import { ec2ClientVpnConnectionLoggingEnabled } from './ec2-client-vpn-connection-logging-enabled.js';
import { ec2NetworkInterfaceSourceDestCheckEnabled } from './ec2-network-interface-source-dest-check-enabled.js';
import { ec2LaunchTemplateNoPublicIp } from './ec2-launch-template-no-public-ip.js';
import { ec2LaunchTemplateImdsv2Required } from './ec2-launch-template-imdsv2-required.js';
import { ec2LaunchTemplateEbsEncrypted } from './ec2-launch-template-ebs-encrypted.js';
import { ec2InstanceStoppedRecently } from './ec2-instance-stopped-recently.js';
import { ec2InstanceAmiRecent } from './ec2-instance-ami-recent.js';
import { ec2VpcEc2EndpointConfigured } from './ec2-vpc-ec2-endpoint-configured.js';
import { ec2VpcEcrApiEndpointConfigured } from './ec2-vpc-ecr-api-endpoint-configured.js';
import { ec2VpcEcrDkrEndpointConfigured } from './ec2-vpc-ecr-dkr-endpoint-configured.js';
import { ec2VpcSsmEndpointConfigured } from './ec2-vpc-ssm-endpoint-configured.js';
import { ec2VpcSsmContactsEndpointConfigured } from './ec2-vpc-ssm-contacts-endpoint-configured.js';
import { ec2VpcSsmIncidentsEndpointConfigured } from './ec2-vpc-ssm-incidents-endpoint-configured.js';

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
  ec2TransitGatewayAttachmentTagged,
  ec2TransitGatewayRouteTableTagged,
  ec2NetworkInterfaceTagged,
  ec2CustomerGatewayTagged,
  ec2ElasticIpTagged,
  ec2InstanceTagged,
  ec2InternetGatewayTagged,
  ec2NatGatewayTagged,
  ec2NetworkAclTagged,
  ec2RouteTableTagged,
  ec2SecurityGroupTagged,
  ec2SubnetTagged,
  ec2VolumeTagged,
  ec2VpcTagged,
  ec2VpcEndpointServiceTagged,
  ec2FlowLogTagged,
  ec2VpcPeeringConnectionTagged,
  ec2VpnGatewayTagged,
  ec2TransitGatewayTagged,
  ec2DhcpOptionsTagged,
  ec2LaunchTemplateTagged,
  ec2PrefixListTagged,
  ec2TrafficMirrorSessionTagged,
  ec2TrafficMirrorFilterTagged,
  ec2TrafficMirrorTargetTagged,
  ec2ElasticIpInUse,
  ec2SecurityGroupInUse,
  ec2NetworkAclInUse,
  ec2InstanceSingleNetworkInterface,
  ec2InstanceNotParavirtual,
  ec2TransitGatewayAutoAcceptDisabled,
  ec2VpnConnectionTunnelsUp,
  ec2VpnConnectionLoggingEnabled,
  ec2ClientVpnConnectionLoggingEnabled,
  ec2NetworkInterfaceSourceDestCheckEnabled,
  ec2LaunchTemplateNoPublicIp,
  ec2LaunchTemplateImdsv2Required,
  ec2LaunchTemplateEbsEncrypted,
  ec2InstanceStoppedRecently,
  ec2InstanceAmiRecent,
  ec2VpcEc2EndpointConfigured,
  ec2VpcEcrApiEndpointConfigured,
  ec2VpcEcrDkrEndpointConfigured,
  ec2VpcSsmEndpointConfigured,
  ec2VpcSsmContactsEndpointConfigured,
  ec2VpcSsmIncidentsEndpointConfigured,
];
