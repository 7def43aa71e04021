/**
 * Demo EC2 user data in the second region: a web server whose user data only installs packages,
 * and a batch host whose user data exports an access key and passes a database password on the
 * command line (fake values, assembled at run time).
 */
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { MOTO_ACCOUNT_ID, TEST_CREDENTIALS } from '../moto.js';
import type { ExpectedFinding } from './expected.js';

export async function seedEc2userdata(moto: { endpoint: string }, regions: string[]): Promise<ExpectedFinding[]> {
  const region = regions[1] ?? regions[0];
  if (!region) return [];
  const ec2 = new EC2Client({ endpoint: moto.endpoint, region, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const launch = async (name: string, userData: string) => {
    const out = await ec2.send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        MinCount: 1,
        MaxCount: 1,
        UserData: Buffer.from(userData).toString('base64'),
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
      }),
    );
    return `arn:aws:ec2:${region}:${MOTO_ACCOUNT_ID}:instance/${out.Instances?.[0]?.InstanceId ?? ''}`;
  };
  try {
    const good = await launch('demo-web', '#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx\n');
    const key = ['AKIA', 'DEMO7777DEMO7777'].join('');
    const bad = await launch(
      'demo-batch',
      `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${key}\nmysql -h db --password=${['demo', 'Passw0rd'].join('-')} < job.sql\n`,
    );
    return [
      { checkId: 'ec2-instance-user-data-no-secrets', resourceArn: good, status: 'PASS' },
      { checkId: 'ec2-instance-user-data-no-secrets', resourceArn: bad, status: 'FAIL' },
    ];
  } finally {
    ec2.destroy();
  }
}
