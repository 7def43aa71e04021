/**
 * Demo load balancers: in the first region a hardened Application Load Balancer (HTTPS only, TLS 1.3
 * policy, every attribute on, two zones), an HTTPS target group and a hardened Classic Load
 * Balancer; in the second a neglected Application Load Balancer (HTTP forwarding, TLS 1.0 policy,
 * monitor desync mode), a one-zone Network Load Balancer with a TCP listener, an HTTP target group
 * and a neglected one-zone Classic Load Balancer.
 */
import {
  CreateLoadBalancerCommand as CreateClassicCommand,
  CreateLoadBalancerPolicyCommand,
  ElasticLoadBalancingClient,
  ModifyLoadBalancerAttributesCommand as ModifyClassicAttributesCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
  type Action,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

const findings = (status: ExpectedFinding['status'], resourceArn: string, checkIds: string[]): ExpectedFinding[] =>
  checkIds.map((checkId) => ({ checkId, resourceArn, status }));
const classicArn = (region: string, name: string) => `arn:aws:elasticloadbalancing:${region}:${MOTO_ACCOUNT_ID}:loadbalancer/${name}`;

/** Checks that judge a Classic Load Balancer, all of which the hardened one passes and the neglected one fails. */
const CLASSIC_CHECKS = [
  'elb-classic-certificate-from-acm',
  'elb-classic-listeners-encrypted',
  'elb-load-balancer-access-logging-enabled',
  'elb-classic-connection-draining-enabled',
  'elb-classic-ssl-listener-strong-policy',
  'elb-classic-cross-zone-enabled',
  'elb-classic-multi-az',
  'elb-classic-desync-mitigation-mode',
  'elb-listener-tls-policy-current',
];

/** Default subnets of the region's default VPC (moto creates it; no EC2 resource is added), with its id. */
async function defaultSubnets(endpoint: string, region: string): Promise<{ vpcId: string; subnets: string[] }> {
  const ec2 = new EC2Client({ endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  try {
    const found = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'default-for-az', Values: ['true'] }] }));
    const subnets = (found.Subnets ?? []).slice(0, 2);
    return { vpcId: subnets[0]?.VpcId ?? '', subnets: subnets.flatMap((s) => (s.SubnetId ? [s.SubnetId] : [])) };
  } finally {
    ec2.destroy();
  }
}

/**
 * An ACM certificate, requested over ACM's JSON protocol: moto checks that a listener's certificate
 * exists, and the project has no ACM client (an IAM server certificate would change the IAM demo
 * findings: moto's expire in 2012).
 */
async function acmCertificate(endpoint: string, region: string, domain: string): Promise<string> {
  const res = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'X-Amz-Target': 'CertificateManager.RequestCertificate',
      'Content-Type': 'application/x-amz-json-1.1',
      Authorization: `AWS4-HMAC-SHA256 Credential=${TEST_CREDENTIALS.accessKeyId}/20260101/${region}/acm/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: JSON.stringify({ DomainName: domain }),
  });
  const body = (await res.json()) as { CertificateArn?: string };
  if (!res.ok || !body.CertificateArn) throw new Error(`ACM RequestCertificate failed: HTTP ${res.status}`);
  return body.CertificateArn;
}

async function loadBalancer(elb: ElasticLoadBalancingV2Client, name: string, type: 'application' | 'network', subnets: string[]) {
  const created = await elb.send(new CreateLoadBalancerCommand({ Name: name, Type: type, Subnets: subnets }));
  return created.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
}

async function attributes(elb: ElasticLoadBalancingV2Client, arn: string, values: Record<string, string>) {
  await elb.send(
    new ModifyLoadBalancerAttributesCommand({
      LoadBalancerArn: arn,
      Attributes: Object.entries(values).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
}

async function listener(
  elb: ElasticLoadBalancingV2Client,
  lb: string,
  protocol: 'HTTP' | 'HTTPS' | 'TCP',
  port: number,
  actions: Action[],
  tls?: { certificate: string; policy: string },
) {
  const created = await elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: lb,
      Protocol: protocol,
      Port: port,
      DefaultActions: actions,
      ...(tls ? { Certificates: [{ CertificateArn: tls.certificate }], SslPolicy: tls.policy } : {}),
    }),
  );
  return created.Listeners?.[0]?.ListenerArn ?? '';
}

async function targetGroup(elb: ElasticLoadBalancingV2Client, name: string, vpcId: string, protocol: 'HTTP' | 'HTTPS' | 'TCP') {
  const created = await elb.send(
    new CreateTargetGroupCommand({
      Name: name,
      Protocol: protocol,
      Port: protocol === 'HTTPS' ? 443 : protocol === 'TCP' ? 5671 : 80,
      VpcId: vpcId,
      HealthCheckProtocol: protocol,
    }),
  );
  return created.TargetGroups?.[0]?.TargetGroupArn ?? '';
}

/** A Classic Load Balancer with an SSL negotiation policy made from `policy` on its HTTPS listener. */
async function classic(
  clb: ElasticLoadBalancingClient,
  name: string,
  zones: string[],
  certificate: string,
  policy: string,
  withHttp: boolean,
  attrs: { on: boolean; desync: string },
) {
  await clb.send(
    new CreateClassicCommand({
      LoadBalancerName: name,
      // Zones rather than subnets (AWS accepts both in a default VPC): moto reports no zones for subnets.
      AvailabilityZones: zones,
      Listeners: [
        { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: certificate },
        ...(withHttp ? [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }] : []),
      ],
    }),
  );
  await clb.send(
    new CreateLoadBalancerPolicyCommand({
      LoadBalancerName: name,
      PolicyName: `${name}-tls`,
      PolicyTypeName: 'SSLNegotiationPolicyType',
      PolicyAttributes: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: policy }],
    }),
  );
  await clb.send(
    new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: name, LoadBalancerPort: 443, PolicyNames: [`${name}-tls`] }),
  );
  await clb.send(
    new ModifyClassicAttributesCommand({
      LoadBalancerName: name,
      LoadBalancerAttributes: {
        AccessLog: { Enabled: attrs.on, ...(attrs.on ? { S3BucketName: 'demo-elb-logs', EmitInterval: 60 } : {}) },
        ConnectionDraining: { Enabled: attrs.on, Timeout: 300 },
        CrossZoneLoadBalancing: { Enabled: attrs.on },
        AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: attrs.desync }],
      },
    }),
  );
}

async function seedGood(elb: ElasticLoadBalancingV2Client, clb: ElasticLoadBalancingClient, endpoint: string, region: string) {
  const { vpcId, subnets } = await defaultSubnets(endpoint, region);
  const certificate = await acmCertificate(endpoint, region, 'web.example.com');
  const tg = await targetGroup(elb, 'web-tg', vpcId, 'HTTPS');
  const alb = await loadBalancer(elb, 'web-alb', 'application', subnets);
  await attributes(elb, alb, {
    'deletion_protection.enabled': 'true',
    'access_logs.s3.enabled': 'true',
    'access_logs.s3.bucket': 'demo-elb-logs',
    'routing.http.drop_invalid_header_fields.enabled': 'true',
    'routing.http.desync_mitigation_mode': 'strictest',
  });
  const https = await listener(elb, alb, 'HTTPS', 443, [{ Type: 'forward', TargetGroupArn: tg }], {
    certificate,
    policy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  });
  await classic(clb, 'legacy-web', [`${region}a`, `${region}b`], certificate, 'ELBSecurityPolicy-TLS-1-2-2017-01', false, {
    on: true,
    desync: 'strictest',
  });
  return [
    ...findings('PASS', alb, [
      'elb-alb-http-redirects-to-https',
      'elb-alb-drops-invalid-headers',
      'elb-load-balancer-access-logging-enabled',
      'elb-load-balancer-deletion-protection-enabled',
      'elb-alb-desync-mitigation-mode',
      'elb-load-balancer-multi-az',
    ]),
    ...findings('PASS', https, ['elb-listener-recommended-tls-policy', 'elb-listener-encrypted', 'elb-listener-tls-policy-current']),
    ...findings('PASS', tg, ['elb-target-group-health-check-encrypted', 'elb-target-group-protocol-encrypted']),
    ...findings('PASS', classicArn(region, 'legacy-web'), CLASSIC_CHECKS),
  ];
}

async function seedWeak(elb: ElasticLoadBalancingV2Client, clb: ElasticLoadBalancingClient, endpoint: string, region: string) {
  const { vpcId, subnets } = await defaultSubnets(endpoint, region);
  const certificate = await acmCertificate(endpoint, region, 'shop.example.com');
  const tg = await targetGroup(elb, 'shop-tg', vpcId, 'HTTP');
  const alb = await loadBalancer(elb, 'shop-alb', 'application', subnets);
  // Set explicitly: moto leaves these attributes out until they are set (docs/testing.md).
  await attributes(elb, alb, {
    'access_logs.s3.enabled': 'false',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http.desync_mitigation_mode': 'monitor',
  });
  const http = await listener(elb, alb, 'HTTP', 80, [{ Type: 'forward', TargetGroupArn: tg }]);
  const https = await listener(elb, alb, 'HTTPS', 443, [{ Type: 'forward', TargetGroupArn: tg }], {
    certificate,
    policy: 'ELBSecurityPolicy-2016-08',
  });
  const nlb = await loadBalancer(elb, 'queue-nlb', 'network', subnets.slice(0, 1));
  const queueTg = await targetGroup(elb, 'queue-tg', vpcId, 'TCP');
  const tcp = await listener(elb, nlb, 'TCP', 5671, [{ Type: 'forward', TargetGroupArn: queueTg }]);
  // An HTTP listener plus an IAM certificate (only its ARN: moto does not look it up for Classic) with a TLS 1.0 policy.
  await classic(
    clb,
    'legacy-shop',
    [`${region}a`],
    `arn:aws:iam::${MOTO_ACCOUNT_ID}:server-certificate/legacy-shop`,
    'ELBSecurityPolicy-2016-08',
    true,
    { on: false, desync: 'monitor' },
  );
  return [
    ...findings('FAIL', alb, [
      'elb-alb-http-redirects-to-https',
      'elb-alb-drops-invalid-headers',
      'elb-load-balancer-access-logging-enabled',
      'elb-load-balancer-deletion-protection-enabled',
      'elb-alb-desync-mitigation-mode',
    ]),
    ...findings('PASS', alb, ['elb-load-balancer-multi-az']),
    ...findings('FAIL', http, ['elb-listener-encrypted']),
    ...findings('FAIL', https, ['elb-listener-recommended-tls-policy', 'elb-listener-tls-policy-current']),
    ...findings('FAIL', nlb, ['elb-load-balancer-multi-az', 'elb-load-balancer-deletion-protection-enabled']),
    ...findings('FAIL', tcp, ['elb-listener-encrypted']),
    ...findings('FAIL', tg, ['elb-target-group-health-check-encrypted', 'elb-target-group-protocol-encrypted']),
    ...findings('FAIL', queueTg, ['elb-target-group-health-check-encrypted', 'elb-target-group-protocol-encrypted']),
    ...findings('FAIL', classicArn(region, 'legacy-shop'), CLASSIC_CHECKS),
  ];
}

export async function seedElb(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const [first, second] = regions;
  const expected: ExpectedFinding[] = [];
  for (const [region, seed] of [
    [first, seedGood],
    [second, seedWeak],
  ] as const) {
    if (!region) continue;
    const config = { endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 };
    const elb = new ElasticLoadBalancingV2Client(config);
    const clb = new ElasticLoadBalancingClient(config);
    try {
      expected.push(...(await seed(elb, clb, moto.endpoint, region)));
    } finally {
      elb.destroy();
      clb.destroy();
    }
  }
  return expected;
}
