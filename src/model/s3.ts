import { z } from 'zod';

/** What the s3 collector records (placeholder until the collector lands). */
export const S3Section = z.object({});
export type S3Section = z.infer<typeof S3Section>;
