import type { AnyCheck } from '../types.js';
import { elbAlbDesyncMitigationMode } from './elb-alb-desync-mitigation-mode.js';
import { elbAlbDropsInvalidHeaders } from './elb-alb-drops-invalid-headers.js';
import { elbAlbHttpRedirectsToHttps } from './elb-alb-http-redirects-to-https.js';
import { elbClassicCertificateFromAcm } from './elb-classic-certificate-from-acm.js';
import { elbClassicConnectionDrainingEnabled } from './elb-classic-connection-draining-enabled.js';
import { elbClassicCrossZoneEnabled } from './elb-classic-cross-zone-enabled.js';
import { elbClassicDesyncMitigationMode } from './elb-classic-desync-mitigation-mode.js';
import { elbClassicListenersEncrypted } from './elb-classic-listeners-encrypted.js';
import { elbClassicMultiAz } from './elb-classic-multi-az.js';
import { elbClassicSslListenerStrongPolicy } from './elb-classic-ssl-listener-strong-policy.js';
import { elbListenerEncrypted } from './elb-listener-encrypted.js';
import { elbListenerTlsPolicyCurrent } from './elb-listener-tls-policy-current.js';
import { elbListenerRecommendedTlsPolicy } from './elb-listener-recommended-tls-policy.js';
import { elbLoadBalancerAccessLoggingEnabled } from './elb-load-balancer-access-logging-enabled.js';
import { elbLoadBalancerDeletionProtectionEnabled } from './elb-load-balancer-deletion-protection-enabled.js';
import { elbLoadBalancerMultiAz } from './elb-load-balancer-multi-az.js';
import { elbTargetGroupHealthCheckEncrypted } from './elb-target-group-health-check-encrypted.js';
import { elbTargetGroupProtocolEncrypted } from './elb-target-group-protocol-encrypted.js';

import { elbApplicationLoadBalancerWafEnabled } from './elb-application-load-balancer-waf-enabled.js';
/** Every elb check (Classic, Application, Network and Gateway Load Balancers), imported explicitly. */
export const elbChecks: AnyCheck[] = [
  elbApplicationLoadBalancerWafEnabled,
  elbAlbDesyncMitigationMode,
  elbAlbDropsInvalidHeaders,
  elbAlbHttpRedirectsToHttps,
  elbClassicCertificateFromAcm,
  elbClassicConnectionDrainingEnabled,
  elbClassicCrossZoneEnabled,
  elbClassicDesyncMitigationMode,
  elbClassicListenersEncrypted,
  elbClassicMultiAz,
  elbClassicSslListenerStrongPolicy,
  elbListenerEncrypted,
  elbListenerRecommendedTlsPolicy,
  elbListenerTlsPolicyCurrent,
  elbLoadBalancerAccessLoggingEnabled,
  elbLoadBalancerDeletionProtectionEnabled,
  elbLoadBalancerMultiAz,
  elbTargetGroupHealthCheckEncrypted,
  elbTargetGroupProtocolEncrypted,
];
