import { accountRef, defineCheck, manual } from '../define-check.js';

/** No API can read this: reported as a MANUAL item with guidance so the report covers the whole checklist. */
export const manualPemKeysStoredSafely = defineCheck({
  id: 'manual-pem-keys-stored-safely',
  title: "SSH private key files are stored safely on people's machines",
  service: 'manual',
  severity: 'medium',
  resourceType: 'AwsAccount',
  frameworks: { checklist: ['7.4'] },
  rationale:
    "An EC2 key pair's private key is a long-lived credential that works from anywhere the instance is reachable; a copy left in a downloads folder or a backup is a standing risk.",
  remediation: {
    summary:
      "Keep private keys only on encrypted disks, protected by a passphrase and owner-only file permissions (run Bulwark's local PEM scan, checklist 2.2), and prefer Session Manager or EC2 Instance Connect over long-lived keys.",
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html',
  },
  reads: [],
  evaluate: (_inv, ctx) => [
    manual(
      accountRef(ctx),
      `Confirm that SSH private keys for the instances of account ${ctx.accountId} are kept only on encrypted disks, with passphrases and owner-only permissions.`,
    ),
  ],
});
