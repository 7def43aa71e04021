import { z } from 'zod';

/** What the ec2 collector records (placeholder until the collector lands). */
export const Ec2Section = z.object({});
export type Ec2Section = z.infer<typeof Ec2Section>;
