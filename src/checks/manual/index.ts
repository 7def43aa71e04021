import type { AnyCheck } from '../types.js';
import { manualAccountContactDetailsCurrent } from './manual-account-contact-details-current.js';
import { manualAccountSecurityQuestionsRegistered } from './manual-account-security-questions-registered.js';
import { manualSecurityOwnerAssigned } from './manual-security-owner-assigned.js';
import { manualRootCredentialsSafeguarded } from './manual-root-credentials-safeguarded.js';
import { manualNetworkAttackProtectionsReviewed } from './manual-network-attack-protections-reviewed.js';
import { manualIncidentResponsePlanExists } from './manual-incident-response-plan-exists.js';
import { manualBusinessContinuityPlanExists } from './manual-business-continuity-plan-exists.js';
import { manualSharedResponsibilityReviewed } from './manual-shared-responsibility-reviewed.js';
import { manualPhishingAwarenessTrained } from './manual-phishing-awareness-trained.js';
import { manualPasswordManagerUsed } from './manual-password-manager-used.js';
import { manualPemKeysStoredSafely } from './manual-pem-keys-stored-safely.js';
import { manualThirdPartyAssessmentPerformed } from './manual-third-party-assessment-performed.js';
import { manualWellArchitectedSecurityReview } from './manual-well-architected-security-review.js';
import { manualAwsPhysicalSecurityAcknowledged } from './manual-aws-physical-security-acknowledged.js';
import { manualVpcPeeringRoutesLeastAccess } from './manual-vpc-peering-routes-least-access.js';

/** Checklist items no API can read: reported as MANUAL findings with guidance. */
export const manualChecks: AnyCheck[] = [
  manualAccountContactDetailsCurrent,
  manualAccountSecurityQuestionsRegistered,
  manualSecurityOwnerAssigned,
  manualRootCredentialsSafeguarded,
  manualNetworkAttackProtectionsReviewed,
  manualIncidentResponsePlanExists,
  manualBusinessContinuityPlanExists,
  manualSharedResponsibilityReviewed,
  manualPhishingAwarenessTrained,
  manualPasswordManagerUsed,
  manualPemKeysStoredSafely,
  manualThirdPartyAssessmentPerformed,
  manualWellArchitectedSecurityReview,
  manualAwsPhysicalSecurityAcknowledged,
  manualVpcPeeringRoutesLeastAccess,
];
