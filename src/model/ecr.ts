import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';

/** A repository policy document as parsed JSON (text only if it was not JSON). */
export const EcrRepositoryPolicy = z.json();
export type EcrRepositoryPolicy = z.infer<typeof EcrRepositoryPolicy>;

export const EcrRepository = z.object({
  /** DescribeRepositories repositoryName */
  name: z.string(),
  /** DescribeRepositories repositoryArn */
  arn: z.string(),
  region: z.string(),
  /** DescribeRepositories imageScanningConfiguration.scanOnPush (the repository-level setting, which registry scanning rules override) */
  scanOnPush: z.boolean(),
  /** DescribeRepositories imageTagMutability: MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION */
  imageTagMutability: z.string(),
  /** DescribeRepositories encryptionConfiguration.encryptionType: AES256, KMS or KMS_DSSE */
  encryptionType: z.string(),
  /** DescribeRepositories encryptionConfiguration.kmsKey (the key ARN; null for AES256, or when ECR names none: the AWS managed aws/ecr key) */
  kmsKey: z.string().nullable(),
  /**
   * BatchGetRepositoryScanningConfiguration scanningConfigurations[]: the scanning that applies
   * to the repository once registry rules are taken into account. scanFrequency is SCAN_ON_PUSH,
   * CONTINUOUS_SCAN or MANUAL; null when ECR listed the repository under failures.
   */
  scanning: observedSchema(z.object({ scanOnPush: z.boolean(), scanFrequency: z.string() }).nullable()),
  /**
   * GetLifecyclePolicy: the number of rules of the policy (null when its text does not parse);
   * the whole value is null when ECR answers LifecyclePolicyNotFoundException.
   */
  lifecyclePolicy: observedSchema(z.object({ ruleCount: z.number().nullable() }).nullable()),
  /** GetRepositoryPolicy policyText as parsed JSON; null when ECR answers RepositoryPolicyNotFoundException */
  policy: observedSchema(EcrRepositoryPolicy.nullable()),
});
export type EcrRepository = z.infer<typeof EcrRepository>;

/** Everything read in one region. */
export const EcrRegion = z.object({
  /** DescribeRepositories (private repositories of this account), each with its scanning, lifecycle and repository policies */
  repositories: observedSchema(z.array(EcrRepository)),
  /** GetRegistryScanningConfiguration: scanType BASIC or ENHANCED, and how many scanning rules the registry has */
  registryScanning: observedSchema(z.object({ scanType: z.string(), ruleCount: z.number() })),
});
export type EcrRegion = z.infer<typeof EcrRegion>;

/** What the ecr collector records. */
export const EcrSection = z.object({
  /** Per scanned region */
  regions: regionalSchema(EcrRegion),
});
export type EcrSection = z.infer<typeof EcrSection>;
