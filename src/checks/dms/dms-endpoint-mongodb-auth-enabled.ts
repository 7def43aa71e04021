import { defineCheck, fail, missingData, pass, unknown } from '../define-check.js';
import { eachEndpoint } from './lib.js';

export const dmsEndpointMongodbAuthEnabled = defineCheck({
  id: 'dms-endpoint-mongodb-auth-enabled',
  title: 'DMS endpoints for MongoDB use an authentication mechanism',
  service: 'dms',
  severity: 'medium',
  resourceType: 'AwsDmsEndpoint',
  frameworks: { fsbp: ['DMS.11'] },
  rationale:
    'An endpoint with AuthType "no" connects to MongoDB without credentials, which works only against a database that lets anyone in. As Security Hub DMS.11 (AWS Config dms-mongo-db-authentication-enabled), a MongoDB endpoint passes with password authentication (AuthType password); endpoints of other engines are out of scope.',
  remediation: {
    summary: 'Use password authentication (with SCRAM) and a database user limited to what the migration needs.',
    cli: 'aws dms modify-endpoint --endpoint-arn <endpoint-arn> --username <user> --password <password> --mongo-db-settings AuthType=password,AuthMechanism=scram_sha_1',
    console:
      'AWS DMS console > Endpoints > <MongoDB endpoint> > Modify > Authentication mode: Password; enter user name and password > Save.',
    docs: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MongoDB.html',
  },
  reads: ['dms'],
  evaluate: (inv, ctx) =>
    eachEndpoint(inv, ctx, (e, _data, region) => {
      if (e.engineName !== 'mongodb') return undefined;
      if (e.mongoDbAuthType === null)
        return unknown(
          e,
          missingData('dms:DescribeEndpoints', e.arn, 'the MongoDB endpoint carried no MongoDbSettings.AuthType', { region }),
          `Whether DMS endpoint ${e.id} authenticates to MongoDB could not be decided`,
        );
      return e.mongoDbAuthType.toLowerCase() === 'password'
        ? pass(e, `DMS endpoint ${e.id} (MongoDB) uses password authentication.`)
        : fail(e, `DMS endpoint ${e.id} (MongoDB) uses no authentication (AuthType ${e.mongoDbAuthType}).`);
    }),
});
