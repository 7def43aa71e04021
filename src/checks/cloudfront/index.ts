import type { AnyCheck } from '../types.js';
import { cloudfrontDistributionCustomCertificate } from './cloudfront-distribution-custom-certificate.js';
import { cloudfrontDistributionCustomOriginTrafficEncrypted } from './cloudfront-distribution-custom-origin-traffic-encrypted.js';
import { cloudfrontDistributionDefaultRootObjectConfigured } from './cloudfront-distribution-default-root-object-configured.js';
import { cloudfrontDistributionLambdaUrlOriginAccessControl } from './cloudfront-distribution-lambda-url-origin-access-control.js';
import { cloudfrontDistributionLoggingEnabled } from './cloudfront-distribution-logging-enabled.js';
import { cloudfrontDistributionOriginFailoverConfigured } from './cloudfront-distribution-origin-failover-configured.js';
import { cloudfrontDistributionOriginNoDeprecatedSsl } from './cloudfront-distribution-origin-no-deprecated-ssl.js';
import { cloudfrontDistributionRecommendedTlsPolicy } from './cloudfront-distribution-recommended-tls-policy.js';
import { cloudfrontDistributionS3OriginAccessControl } from './cloudfront-distribution-s3-origin-access-control.js';
import { cloudfrontDistributionS3OriginExists } from './cloudfront-distribution-s3-origin-exists.js';
import { cloudfrontDistributionSniEnabled } from './cloudfront-distribution-sni-enabled.js';
import { cloudfrontDistributionTrustedKeyGroups } from './cloudfront-distribution-trusted-key-groups.js';
import { cloudfrontDistributionViewerHttpsRequired } from './cloudfront-distribution-viewer-https-required.js';
import { cloudfrontDistributionWafEnabled } from './cloudfront-distribution-waf-enabled.js';
import { cloudfrontDistributionWafOrShieldProtected } from './cloudfront-distribution-waf-or-shield-protected.js';

import { cloudfrontDistributionTagged } from './cloudfront-distribution-tagged.js';
/** Every cloudfront check, imported explicitly (no filesystem discovery). */
export const cloudfrontChecks: AnyCheck[] = [
  cloudfrontDistributionTagged,
  cloudfrontDistributionDefaultRootObjectConfigured,
  cloudfrontDistributionViewerHttpsRequired,
  cloudfrontDistributionOriginFailoverConfigured,
  cloudfrontDistributionLoggingEnabled,
  cloudfrontDistributionWafEnabled,
  cloudfrontDistributionCustomCertificate,
  cloudfrontDistributionSniEnabled,
  cloudfrontDistributionCustomOriginTrafficEncrypted,
  cloudfrontDistributionOriginNoDeprecatedSsl,
  cloudfrontDistributionS3OriginExists,
  cloudfrontDistributionS3OriginAccessControl,
  cloudfrontDistributionRecommendedTlsPolicy,
  cloudfrontDistributionLambdaUrlOriginAccessControl,
  cloudfrontDistributionTrustedKeyGroups,
  cloudfrontDistributionWafOrShieldProtected,
];
