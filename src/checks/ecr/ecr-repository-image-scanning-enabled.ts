import { defineCheck, eachRegional, fail, pass, unknown } from '../define-check.js';

const SCANNING = new Set(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN']);

export const ecrRepositoryImageScanningEnabled = defineCheck({
  id: 'ecr-repository-image-scanning-enabled',
  title: 'ECR private repositories have image scanning configured',
  service: 'ecr',
  severity: 'high',
  resourceType: 'AwsEcrRepository',
  // FSBP ECR.1 (AWS Config ecr-private-image-scanning-enabled): fails when the repository's scan
  // frequency is neither scan on push nor continuous scan. Registry scanning rules, when the
  // registry has any, replace the repository-level scan on push setting.
  frameworks: { fsbp: ['ECR.1'] },
  rationale: 'Scanning images on push or continuously reports known vulnerabilities in the software they ship before and while they run.',
  remediation: {
    summary: 'Configure registry scanning (basic or enhanced) with a rule matching the repository, on push or continuously.',
    console:
      'ECR console > Private registry > Settings > Scanning > Edit > add a rule with scan on push or continuous scanning for the repository.',
    docs: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  reads: ['ecr'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ecr.regions, 'repositories', 'ecr', (repo, data) => {
      if (!repo.scanning.ok) return unknown(repo, repo.scanning.error);
      const effective = repo.scanning.value;
      if (effective && SCANNING.has(effective.scanFrequency))
        return pass(repo, `ECR repository ${repo.name} has image scanning configured (${effective.scanFrequency}).`);
      if (effective?.scanOnPush) return pass(repo, `ECR repository ${repo.name} scans images on push.`);
      if (repo.scanOnPush) {
        // The repository-level setting holds only while the registry has no scanning rules.
        if (!data.registryScanning.ok) return unknown(repo, data.registryScanning.error);
        if (data.registryScanning.value.ruleCount === 0)
          return pass(repo, `ECR repository ${repo.name} scans images on push (repository setting).`);
      }
      return fail(
        repo,
        `ECR repository ${repo.name} has no image scanning configured (scan frequency ${effective?.scanFrequency ?? 'MANUAL'}).`,
      );
    }),
});
