import type { AnyCheck } from '../types.js';
import { sagemakerDataQualityJobInterContainerEncryption } from './sagemaker-data-quality-job-inter-container-encryption.js';
import { sagemakerDataQualityJobNetworkIsolation } from './sagemaker-data-quality-job-network-isolation.js';
import { sagemakerEndpointConfigMultipleInstances } from './sagemaker-endpoint-config-multiple-instances.js';
import { sagemakerModelBiasJobInterContainerEncryption } from './sagemaker-model-bias-job-inter-container-encryption.js';
import { sagemakerModelBiasJobNetworkIsolation } from './sagemaker-model-bias-job-network-isolation.js';
import { sagemakerModelExplainabilityJobInterContainerEncryption } from './sagemaker-model-explainability-job-inter-container-encryption.js';
import { sagemakerModelNetworkIsolationEnabled } from './sagemaker-model-network-isolation-enabled.js';
import { sagemakerModelQualityJobInterContainerEncryption } from './sagemaker-model-quality-job-inter-container-encryption.js';
import { sagemakerMonitoringScheduleNetworkIsolation } from './sagemaker-monitoring-schedule-network-isolation.js';
import { sagemakerNotebookInCustomVpc } from './sagemaker-notebook-in-custom-vpc.js';
import { sagemakerNotebookNoDirectInternetAccess } from './sagemaker-notebook-no-direct-internet-access.js';
import { sagemakerNotebookRootAccessDisabled } from './sagemaker-notebook-root-access-disabled.js';
import { sagemakerNotebookSupportedPlatform } from './sagemaker-notebook-supported-platform.js';

/** Every sagemaker check, imported explicitly (no filesystem discovery), in Security Hub control order. */
export const sagemakerChecks: AnyCheck[] = [
  sagemakerNotebookNoDirectInternetAccess,
  sagemakerNotebookInCustomVpc,
  sagemakerNotebookRootAccessDisabled,
  sagemakerEndpointConfigMultipleInstances,
  sagemakerModelNetworkIsolationEnabled,
  sagemakerNotebookSupportedPlatform,
  sagemakerDataQualityJobInterContainerEncryption,
  sagemakerModelExplainabilityJobInterContainerEncryption,
  sagemakerDataQualityJobNetworkIsolation,
  sagemakerModelBiasJobNetworkIsolation,
  sagemakerModelQualityJobInterContainerEncryption,
  sagemakerMonitoringScheduleNetworkIsolation,
  sagemakerModelBiasJobInterContainerEncryption,
];
