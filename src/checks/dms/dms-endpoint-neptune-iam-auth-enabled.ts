import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachEndpoint } from './lib.js';

export const dmsEndpointNeptuneIamAuthEnabled = defineCheck({
  id: 'dms-endpoint-neptune-iam-auth-enabled',
  title: 'DMS endpoints for Neptune use IAM authorization',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsEndpoint',
  frameworks: { fsbp: ['DMS.10'] },
  rationale:
    "With IAM authorization, DMS signs its requests to the Neptune cluster with the endpoint's service role, so access is granted and revoked in IAM and logged in CloudTrail. As Security Hub DMS.10, a Neptune endpoint fails when IamAuthEnabled is false (its default); endpoints of other engines are out of scope.",
  remediation: {
    summary:
      "Turn on IAM authorization in the endpoint's Neptune settings, and give its service role the neptune-db:* permissions it needs on the cluster.",
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --neptune-settings IamAuthEnabled=true,ServiceAccessRoleArn=<role-arn>,S3BucketName=<bucket>,S3BucketFolder=<folder>',
    console: 'AWS DMS console > Endpoints > <Neptune endpoint> > Modify > Endpoint settings: IAM authorization enabled > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Neptune.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachEndpoint(inv, ctx, (e, _data, region) => {
      if (e.engineName !== 'neptune') return undefined;
      if (e.neptuneIamAuthEnabled === null)
        return unknown(
          e,
          missingData('dms:DescribeEndpoints', e.arn, 'the Neptune endpoint carried no NeptuneSettings', { region }),
          `Whether DMS endpoint ${e.id} uses IAM authorization could not be decided`,
        );
      return e.neptuneIamAuthEnabled
        ? pass(e, `DMS endpoint ${e.id} (Neptune) uses IAM authorization.`)
        : fail(e, `DMS endpoint ${e.id} (Neptune) does not use IAM authorization (IamAuthEnabled false).`);
    }),
});
