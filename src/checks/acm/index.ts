import type { AnyCheck } from '../types.js';
import { acmCertificateNotExpiring } from './acm-certificate-not-expiring.js';
import { acmCertificateRsaKey2048 } from './acm-certificate-rsa-key-2048.js';

import { acmCertificateTagged } from './acm-certificate-tagged.js';
/** Every acm check, imported explicitly (no filesystem discovery). */
export const acmChecks: AnyCheck[] = [acmCertificateTagged, acmCertificateNotExpiring, acmCertificateRsaKey2048];
