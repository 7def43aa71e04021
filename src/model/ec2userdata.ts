import { z } from 'zod';
import { observedSchema, regionalSchema } from './observed.js';
import { SecretMatch } from './secret-match.js';

/** What DescribeInstanceAttribute userData holds, reduced to secrets matches (never the text). */
export const Ec2UserDataScan = z.object({
  /** Whether the instance has user data at all */
  present: z.boolean(),
  /** Secrets found in the decoded user data (gzip is unpacked); empty: nothing found */
  secretMatches: z.array(SecretMatch),
});
export type Ec2UserDataScan = z.infer<typeof Ec2UserDataScan>;

/** One EC2 instance (not terminated) and the scan of its user data. */
export const Ec2UserDataInstance = z.object({
  /** Built from the instance ID: arn:PARTITION:ec2:REGION:ACCOUNT:instance/ID */
  arn: z.string(),
  region: z.string(),
  /** DescribeInstances InstanceId */
  instanceId: z.string(),
  /** DescribeInstanceAttribute userData, scanned */
  userData: observedSchema(Ec2UserDataScan),
});
export type Ec2UserDataInstance = z.infer<typeof Ec2UserDataInstance>;

/** What the ec2userdata collector records. */
export const Ec2userdataSection = z.object({
  /** DescribeInstances per scanned region (pending, running, stopping and stopped instances) */
  instances: regionalSchema(observedSchema(z.array(Ec2UserDataInstance))),
});
export type Ec2userdataSection = z.infer<typeof Ec2userdataSection>;
