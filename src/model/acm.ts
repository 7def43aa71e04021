import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** One certificate as ListCertificates summarises it (with every key type included). */
export const AcmCertificate = z.object({
  /** ListCertificates CertificateSummaryList[].CertificateArn */
  arn: z.string(),
  region: z.string(),
  /** CertificateSummaryList[].DomainName (the subject's primary name) */
  domainName: z.string(),
  /** CertificateSummaryList[].Type: AMAZON_ISSUED, IMPORTED or PRIVATE; null when the answer omits it */
  type: z.string().nullable(),
  /** CertificateSummaryList[].Status: ISSUED, PENDING_VALIDATION, EXPIRED, INACTIVE, REVOKED, FAILED, VALIDATION_TIMED_OUT */
  status: z.string().nullable(),
  /** CertificateSummaryList[].KeyAlgorithm, e.g. RSA_2048 or EC_prime256v1; null when the answer omits it */
  keyAlgorithm: z.string().nullable(),
  /** CertificateSummaryList[].NotAfter (ISO 8601); null when no certificate was issued yet (pending or failed validation) */
  notAfter: z.string().nullable(),
  /** CertificateSummaryList[].InUse: whether an AWS resource uses it; null when the answer omits it */
  inUse: z.boolean().nullable(),
  /** ListTagsForCertificate Tags[].Key (values are not kept); absent in inventories collected before it was read */
  tagKeys: observedSchema(z.array(z.string())).optional(),
});
export type AcmCertificate = z.infer<typeof AcmCertificate>;

/** What the acm collector records. */
export const AcmSection = z.object({
  /** ListCertificates per scanned region, every key type and status */
  certificates: regionalSchema(observedSchema(z.array(AcmCertificate))),
});
export type AcmSection = z.infer<typeof AcmSection>;
