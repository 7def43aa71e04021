import {
  ageMs,
  defineCheck,
  eachRegional,
  fail,
  formatAge,
  missingData,
  olderThanDays,
  pass,
  undecided,
  unknown,
} from '../define-check.js';

/**
 * Checklist 6.3, a Bulwark judgment with no Security Hub control: an instance launched from an old
 * image carries that image's OS and agents, so an old AMI is a proxy for an unpatched build
 * pipeline. Only running instances are judged (a stopped one has EC2.4).
 */
export const ec2InstanceAmiRecent = defineCheck({
  id: 'ec2-instance-ami-recent',
  title: 'Running EC2 instances were launched from recent AMIs (180 days by default)',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AwsEc2Instance',
  frameworks: { checklist: ['6.3'] },
  rationale:
    'Images are where the OS, its packages and agents are fixed; an instance built from an image older than six months starts with every vulnerability fixed since, and often means the image pipeline stopped. Rebuilding images regularly and replacing instances keeps the fleet patched by construction.',
  remediation: {
    summary:
      'Build a new AMI from an up-to-date base (EC2 Image Builder can do it on a schedule), then replace the instance or update its launch template and Auto Scaling group to roll it out.',
    cli: 'aws ec2 describe-images --image-ids <ami-id> --query "Images[].CreationDate"',
    docs: 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html',
  },
  reads: ['ec2'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.ec2.regions, 'instances', 'ec2', (i, data, region) => {
      if (i.state !== 'running') return undefined;
      const label = `EC2 instance ${i.instanceId}`;
      if (!i.imageId)
        return undecided(i, `${label} names no AMI in ec2:DescribeInstances, so the age of its image is unknown.`, [
          missingData('ec2:DescribeInstances', i.arn, 'no ImageId', { region }),
        ]);
      if (!data.instanceImages.ok) return unknown(i, data.instanceImages.error);
      const image = data.instanceImages.value.find((img) => img.imageId === i.imageId);
      if (!image)
        return undecided(
          i,
          `${label} runs AMI ${i.imageId}, which ec2:DescribeImages no longer returns (deregistered, or no longer shared with the account): its age is unknown, and it cannot be used to rebuild the instance.`,
          [missingData('ec2:DescribeImages', i.arn, `AMI ${i.imageId} not returned`, { region })],
        );
      const age = ageMs(image.creationDate, ctx.now);
      if (age === undefined)
        return undecided(i, `${label} runs AMI ${i.imageId}, whose CreationDate could not be read from ec2:DescribeImages.`, [
          missingData('ec2:DescribeImages', i.arn, `no CreationDate for AMI ${i.imageId}`, { region }),
        ]);
      const limit = ctx.settings.maxAmiAgeDays;
      const what = `${label} runs AMI ${i.imageId}${image.name ? ` (${image.name})` : ''}, created ${formatAge(age)} ago`;
      return olderThanDays(age, limit) ? fail(i, `${what}, more than ${limit} days.`) : pass(i, `${what}, within ${limit} days.`);
    }),
});
