import { defineCheck, eachRegional, fail, notApplicable, pass, unknown } from '../define-check.js';
import { groupLabel, templateLabel } from './label.js';

export const autoscalingGroupLaunchTemplateImdsv2Required = defineCheck({
  id: 'autoscaling-group-launch-template-imdsv2-required',
  title: 'Auto Scaling groups launch instances that require IMDSv2 (launch templates)',
  service: 'autoscaling',
  severity: 'high',
  resourceType: 'AwsAutoScalingAutoScalingGroup',
  frameworks: {},
  rationale:
    'AutoScaling.3 judges launch configurations only; groups that launch from a launch template are just as exposed when the template leaves IMDSv1 on. This check reads the template version the group actually uses ($Latest and $Default resolved) and fails unless it sets HttpTokens to required. A template that sets no metadata options leaves the choice to the AMI and the account default, so it fails too.',
  remediation: {
    summary: 'Create a template version with HttpTokens required, make it the version the group uses and refresh its instances.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <template-id> --source-version <version> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required","HttpEndpoint":"enabled"}}\'',
    console:
      'Amazon EC2 console > Launch templates > <template> > Actions > Modify template (Create new version) > Advanced details > Metadata version: V2 only (token required).',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
  },
  reads: ['autoscaling'],
  evaluate: (inv, ctx) =>
    eachRegional(ctx, inv.autoscaling.regions, 'groups', 'autoscaling', (g) => {
      if (!g.launchTemplate) return notApplicable(g, `${groupLabel(g)} launches from a launch configuration, not a launch template.`);
      if (!g.launchTemplateData.ok) return unknown(g, g.launchTemplateData.error);
      const data = g.launchTemplateData.value;
      const label = `${groupLabel(g)} uses ${templateLabel(g.launchTemplate, data?.versionNumber ?? null)}`;
      if (data?.httpTokens === 'required') return pass(g, `${label}, which requires IMDSv2 (HttpTokens required).`);
      if (data?.httpEndpoint === 'disabled') return pass(g, `${label}, which turns the instance metadata service off.`);
      return fail(
        g,
        data?.httpTokens
          ? `${label}, which sets HttpTokens to ${data.httpTokens}, so its instances accept IMDSv1.`
          : `${label}, which does not set HttpTokens, so the AMI and account defaults decide whether IMDSv1 is accepted.`,
      );
    }),
});
