import type { AnyCheck } from '../types.js';
import { ec2InstanceUserDataNoSecrets } from './ec2-instance-user-data-no-secrets.js';

/** The checks of the ec2userdata section (listed under service ec2), imported explicitly. */
export const ec2userdataChecks: AnyCheck[] = [ec2InstanceUserDataNoSecrets];
