/** A finding the scanner must report for a seeded resource (asserted by the e2e test). */
export interface ExpectedFinding {
  checkId: string;
  resourceArn: string;
  status: 'PASS' | 'FAIL' | 'UNKNOWN';
}
