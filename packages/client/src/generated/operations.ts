// Generated from apps/api/openapi.json by packages/client/scripts/generate.mjs — do not edit.

import type { OperationArgs, OperationCaller, OperationResult } from "../call";

/** Every API operation, named by its operationId. */
export function bindOperations(call: OperationCaller) {
  return {
    /** POST /api/v1/invitations/{invitationId}/accept */
    acceptInvitation: (args: OperationArgs<"acceptInvitation">): Promise<OperationResult<"acceptInvitation">> =>
      call("post", "/api/v1/invitations/{invitationId}/accept", args) as Promise<OperationResult<"acceptInvitation">>,
    /** POST /api/v1/projects/{projectId}/alerts/{alertId}/acknowledge */
    acknowledgeAlert: (args: OperationArgs<"acknowledgeAlert">): Promise<OperationResult<"acknowledgeAlert">> =>
      call("post", "/api/v1/projects/{projectId}/alerts/{alertId}/acknowledge", args) as Promise<OperationResult<"acknowledgeAlert">>,
    /** POST /api/v1/projects/{projectId}/annotation-queues/{queueId}/items */
    addAnnotationItems: (args: OperationArgs<"addAnnotationItems">): Promise<OperationResult<"addAnnotationItems">> =>
      call("post", "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items", args) as Promise<OperationResult<"addAnnotationItems">>,
    /** POST /api/v1/projects/{projectId}/stages/{stage}/checklist */
    addChecklistItem: (args: OperationArgs<"addChecklistItem">): Promise<OperationResult<"addChecklistItem">> =>
      call("post", "/api/v1/projects/{projectId}/stages/{stage}/checklist", args) as Promise<OperationResult<"addChecklistItem">>,
    /** POST /api/v1/projects/{projectId}/iterations/{iterationId}/triggers */
    addIterationTrigger: (args: OperationArgs<"addIterationTrigger">): Promise<OperationResult<"addIterationTrigger">> =>
      call("post", "/api/v1/projects/{projectId}/iterations/{iterationId}/triggers", args) as Promise<OperationResult<"addIterationTrigger">>,
    /** POST /api/v1/projects/{projectId}/kpis/{kpiId}/measurements */
    addKpiMeasurement: (args: OperationArgs<"addKpiMeasurement">): Promise<OperationResult<"addKpiMeasurement">> =>
      call("post", "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements", args) as Promise<OperationResult<"addKpiMeasurement">>,
    /** POST /api/v1/projects/{projectId}/members */
    addMember: (args: OperationArgs<"addMember">): Promise<OperationResult<"addMember">> =>
      call("post", "/api/v1/projects/{projectId}/members", args) as Promise<OperationResult<"addMember">>,
    /** POST /api/v1/projects/{projectId}/runs/{runId}/data */
    addRunData: (args: OperationArgs<"addRunData">): Promise<OperationResult<"addRunData">> =>
      call("post", "/api/v1/projects/{projectId}/runs/{runId}/data", args) as Promise<OperationResult<"addRunData">>,
    /** POST /api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}/annotation */
    annotateAnnotationItem: (args: OperationArgs<"annotateAnnotationItem">): Promise<OperationResult<"annotateAnnotationItem">> =>
      call("post", "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}/annotation", args) as Promise<OperationResult<"annotateAnnotationItem">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/status */
    changeDeploymentStatus: (args: OperationArgs<"changeDeploymentStatus">): Promise<OperationResult<"changeDeploymentStatus">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/status", args) as Promise<OperationResult<"changeDeploymentStatus">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/traffic */
    changeDeploymentTraffic: (args: OperationArgs<"changeDeploymentTraffic">): Promise<OperationResult<"changeDeploymentTraffic">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/traffic", args) as Promise<OperationResult<"changeDeploymentTraffic">>,
    /** POST /api/v1/projects/{projectId}/experiments/{experimentId}/move */
    changeExperimentProject: (args: OperationArgs<"changeExperimentProject">): Promise<OperationResult<"changeExperimentProject">> =>
      call("post", "/api/v1/projects/{projectId}/experiments/{experimentId}/move", args) as Promise<OperationResult<"changeExperimentProject">>,
    /** PATCH /api/v1/projects/{projectId}/members/{userId} */
    changeMemberRole: (args: OperationArgs<"changeMemberRole">): Promise<OperationResult<"changeMemberRole">> =>
      call("patch", "/api/v1/projects/{projectId}/members/{userId}", args) as Promise<OperationResult<"changeMemberRole">>,
    /** POST /api/v1/auth/password */
    changePassword: (args: OperationArgs<"changePassword">): Promise<OperationResult<"changePassword">> =>
      call("post", "/api/v1/auth/password", args) as Promise<OperationResult<"changePassword">>,
    /** POST /api/v1/projects/{projectId}/annotation-queues/{queueId}/claim */
    claimAnnotationItem: (args: OperationArgs<"claimAnnotationItem">): Promise<OperationResult<"claimAnnotationItem">> =>
      call("post", "/api/v1/projects/{projectId}/annotation-queues/{queueId}/claim", args) as Promise<OperationResult<"claimAnnotationItem">>,
    /** POST /api/v1/projects/{projectId}/iterations/{iterationId}/close */
    closeIteration: (args: OperationArgs<"closeIteration">): Promise<OperationResult<"closeIteration">> =>
      call("post", "/api/v1/projects/{projectId}/iterations/{iterationId}/close", args) as Promise<OperationResult<"closeIteration">>,
    /** POST /api/v1/projects/{projectId}/annotation-queues */
    createAnnotationQueue: (args: OperationArgs<"createAnnotationQueue">): Promise<OperationResult<"createAnnotationQueue">> =>
      call("post", "/api/v1/projects/{projectId}/annotation-queues", args) as Promise<OperationResult<"createAnnotationQueue">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/upload */
    createBaselineFromUpload: (args: OperationArgs<"createBaselineFromUpload">): Promise<OperationResult<"createBaselineFromUpload">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/upload", args) as Promise<OperationResult<"createBaselineFromUpload">>,
    /** POST /api/v1/projects/{projectId}/data-sets */
    createDataSet: (args: OperationArgs<"createDataSet">): Promise<OperationResult<"createDataSet">> =>
      call("post", "/api/v1/projects/{projectId}/data-sets", args) as Promise<OperationResult<"createDataSet">>,
    /** POST /api/v1/projects/{projectId}/data-sets/{dataSetId}/versions */
    createDataSetVersion: (args: OperationArgs<"createDataSetVersion">): Promise<OperationResult<"createDataSetVersion">> =>
      call("post", "/api/v1/projects/{projectId}/data-sets/{dataSetId}/versions", args) as Promise<OperationResult<"createDataSetVersion">>,
    /** POST /api/v1/projects/{projectId}/deployments */
    createDeployment: (args: OperationArgs<"createDeployment">): Promise<OperationResult<"createDeployment">> =>
      call("post", "/api/v1/projects/{projectId}/deployments", args) as Promise<OperationResult<"createDeployment">>,
    /** POST /api/v1/projects/{projectId}/runs/{runId}/evaluations */
    createEvaluation: (args: OperationArgs<"createEvaluation">): Promise<OperationResult<"createEvaluation">> =>
      call("post", "/api/v1/projects/{projectId}/runs/{runId}/evaluations", args) as Promise<OperationResult<"createEvaluation">>,
    /** POST /api/v1/projects/{projectId}/experiments */
    createExperiment: (args: OperationArgs<"createExperiment">): Promise<OperationResult<"createExperiment">> =>
      call("post", "/api/v1/projects/{projectId}/experiments", args) as Promise<OperationResult<"createExperiment">>,
    /** POST /api/v1/projects/{projectId}/invitations */
    createInvitation: (args: OperationArgs<"createInvitation">): Promise<OperationResult<"createInvitation">> =>
      call("post", "/api/v1/projects/{projectId}/invitations", args) as Promise<OperationResult<"createInvitation">>,
    /** POST /api/v1/projects/{projectId}/kpis */
    createKpi: (args: OperationArgs<"createKpi">): Promise<OperationResult<"createKpi">> =>
      call("post", "/api/v1/projects/{projectId}/kpis", args) as Promise<OperationResult<"createKpi">>,
    /** POST /api/v1/projects/{projectId}/models */
    createModel: (args: OperationArgs<"createModel">): Promise<OperationResult<"createModel">> =>
      call("post", "/api/v1/projects/{projectId}/models", args) as Promise<OperationResult<"createModel">>,
    /** POST /api/v1/projects/{projectId}/models/{modelId}/versions */
    createModelVersion: (args: OperationArgs<"createModelVersion">): Promise<OperationResult<"createModelVersion">> =>
      call("post", "/api/v1/projects/{projectId}/models/{modelId}/versions", args) as Promise<OperationResult<"createModelVersion">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/monitors */
    createMonitor: (args: OperationArgs<"createMonitor">): Promise<OperationResult<"createMonitor">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors", args) as Promise<OperationResult<"createMonitor">>,
    /** POST /api/v1/users/{userId}/password-reset */
    createPasswordReset: (args: OperationArgs<"createPasswordReset">): Promise<OperationResult<"createPasswordReset">> =>
      call("post", "/api/v1/users/{userId}/password-reset", args) as Promise<OperationResult<"createPasswordReset">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/baselines */
    createProductionBaseline: (args: OperationArgs<"createProductionBaseline">): Promise<OperationResult<"createProductionBaseline">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines", args) as Promise<OperationResult<"createProductionBaseline">>,
    /** POST /api/v1/projects */
    createProject: (args: OperationArgs<"createProject">): Promise<OperationResult<"createProject">> =>
      call("post", "/api/v1/projects", args) as Promise<OperationResult<"createProject">>,
    /** POST /api/v1/projects/{projectId}/runs/{runId}/evaluations/regression-pairs */
    createRegressionFromPairs: (args: OperationArgs<"createRegressionFromPairs">): Promise<OperationResult<"createRegressionFromPairs">> =>
      call("post", "/api/v1/projects/{projectId}/runs/{runId}/evaluations/regression-pairs", args) as Promise<OperationResult<"createRegressionFromPairs">>,
    /** POST /api/v1/projects/{projectId}/experiments/{experimentId}/runs */
    createRun: (args: OperationArgs<"createRun">): Promise<OperationResult<"createRun">> =>
      call("post", "/api/v1/projects/{projectId}/experiments/{experimentId}/runs", args) as Promise<OperationResult<"createRun">>,
    /** POST /api/v1/projects/{projectId}/score-configs */
    createScoreConfig: (args: OperationArgs<"createScoreConfig">): Promise<OperationResult<"createScoreConfig">> =>
      call("post", "/api/v1/projects/{projectId}/score-configs", args) as Promise<OperationResult<"createScoreConfig">>,
    /** POST /api/v1/tokens */
    createToken: (args: OperationArgs<"createToken">): Promise<OperationResult<"createToken">> =>
      call("post", "/api/v1/tokens", args) as Promise<OperationResult<"createToken">>,
    /** POST /api/v1/users */
    createUser: (args: OperationArgs<"createUser">): Promise<OperationResult<"createUser">> =>
      call("post", "/api/v1/users", args) as Promise<OperationResult<"createUser">>,
    /** POST /api/v1/projects/{projectId}/webhooks */
    createWebhook: (args: OperationArgs<"createWebhook">): Promise<OperationResult<"createWebhook">> =>
      call("post", "/api/v1/projects/{projectId}/webhooks", args) as Promise<OperationResult<"createWebhook">>,
    /** POST /api/v1/users/{userId}/deactivate */
    deactivateUser: (args: OperationArgs<"deactivateUser">): Promise<OperationResult<"deactivateUser">> =>
      call("post", "/api/v1/users/{userId}/deactivate", args) as Promise<OperationResult<"deactivateUser">>,
    /** DELETE /api/v1/invitations/{invitationId} */
    declineInvitation: (args: OperationArgs<"declineInvitation">): Promise<OperationResult<"declineInvitation">> =>
      call("delete", "/api/v1/invitations/{invitationId}", args) as Promise<OperationResult<"declineInvitation">>,
    /** DELETE /api/v1/projects/{projectId}/annotation-queues/{queueId} */
    deleteAnnotationQueue: (args: OperationArgs<"deleteAnnotationQueue">): Promise<OperationResult<"deleteAnnotationQueue">> =>
      call("delete", "/api/v1/projects/{projectId}/annotation-queues/{queueId}", args) as Promise<OperationResult<"deleteAnnotationQueue">>,
    /** DELETE /api/v1/projects/{projectId}/runs/{runId}/artifacts/content */
    deleteArtifact: (args: OperationArgs<"deleteArtifact">): Promise<OperationResult<"deleteArtifact">> =>
      call("delete", "/api/v1/projects/{projectId}/runs/{runId}/artifacts/content", args) as Promise<OperationResult<"deleteArtifact">>,
    /** DELETE /api/v1/projects/{projectId}/checklist/{itemId} */
    deleteChecklistItem: (args: OperationArgs<"deleteChecklistItem">): Promise<OperationResult<"deleteChecklistItem">> =>
      call("delete", "/api/v1/projects/{projectId}/checklist/{itemId}", args) as Promise<OperationResult<"deleteChecklistItem">>,
    /** DELETE /api/v1/projects/{projectId}/data-sets/{dataSetId} */
    deleteDataSet: (args: OperationArgs<"deleteDataSet">): Promise<OperationResult<"deleteDataSet">> =>
      call("delete", "/api/v1/projects/{projectId}/data-sets/{dataSetId}", args) as Promise<OperationResult<"deleteDataSet">>,
    /** DELETE /api/v1/projects/{projectId}/runs/{runId}/evaluations/{evaluationId} */
    deleteEvaluation: (args: OperationArgs<"deleteEvaluation">): Promise<OperationResult<"deleteEvaluation">> =>
      call("delete", "/api/v1/projects/{projectId}/runs/{runId}/evaluations/{evaluationId}", args) as Promise<OperationResult<"deleteEvaluation">>,
    /** DELETE /api/v1/projects/{projectId}/experiments/{experimentId} */
    deleteExperiment: (args: OperationArgs<"deleteExperiment">): Promise<OperationResult<"deleteExperiment">> =>
      call("delete", "/api/v1/projects/{projectId}/experiments/{experimentId}", args) as Promise<OperationResult<"deleteExperiment">>,
    /** DELETE /api/v1/projects/{projectId}/kpis/{kpiId} */
    deleteKpi: (args: OperationArgs<"deleteKpi">): Promise<OperationResult<"deleteKpi">> =>
      call("delete", "/api/v1/projects/{projectId}/kpis/{kpiId}", args) as Promise<OperationResult<"deleteKpi">>,
    /** DELETE /api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId} */
    deleteKpiMeasurement: (args: OperationArgs<"deleteKpiMeasurement">): Promise<OperationResult<"deleteKpiMeasurement">> =>
      call("delete", "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId}", args) as Promise<OperationResult<"deleteKpiMeasurement">>,
    /** DELETE /api/v1/projects/{projectId}/models/{modelId} */
    deleteModel: (args: OperationArgs<"deleteModel">): Promise<OperationResult<"deleteModel">> =>
      call("delete", "/api/v1/projects/{projectId}/models/{modelId}", args) as Promise<OperationResult<"deleteModel">>,
    /** DELETE /api/v1/projects/{projectId}/models/{modelId}/aliases/{alias} */
    deleteModelAlias: (args: OperationArgs<"deleteModelAlias">): Promise<OperationResult<"deleteModelAlias">> =>
      call("delete", "/api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}", args) as Promise<OperationResult<"deleteModelAlias">>,
    /** DELETE /api/v1/projects/{projectId}/models/{modelId}/versions/{version} */
    deleteModelVersion: (args: OperationArgs<"deleteModelVersion">): Promise<OperationResult<"deleteModelVersion">> =>
      call("delete", "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}", args) as Promise<OperationResult<"deleteModelVersion">>,
    /** DELETE /api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId} */
    deleteMonitor: (args: OperationArgs<"deleteMonitor">): Promise<OperationResult<"deleteMonitor">> =>
      call("delete", "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}", args) as Promise<OperationResult<"deleteMonitor">>,
    /** DELETE /api/v1/projects/{projectId} */
    deleteProject: (args: OperationArgs<"deleteProject">): Promise<OperationResult<"deleteProject">> =>
      call("delete", "/api/v1/projects/{projectId}", args) as Promise<OperationResult<"deleteProject">>,
    /** DELETE /api/v1/projects/{projectId}/runs/{runId} */
    deleteRun: (args: OperationArgs<"deleteRun">): Promise<OperationResult<"deleteRun">> =>
      call("delete", "/api/v1/projects/{projectId}/runs/{runId}", args) as Promise<OperationResult<"deleteRun">>,
    /** DELETE /api/v1/projects/{projectId}/runs/{runId}/tags/{key} */
    deleteRunTag: (args: OperationArgs<"deleteRunTag">): Promise<OperationResult<"deleteRunTag">> =>
      call("delete", "/api/v1/projects/{projectId}/runs/{runId}/tags/{key}", args) as Promise<OperationResult<"deleteRunTag">>,
    /** DELETE /api/v1/projects/{projectId}/score-configs/{configId} */
    deleteScoreConfig: (args: OperationArgs<"deleteScoreConfig">): Promise<OperationResult<"deleteScoreConfig">> =>
      call("delete", "/api/v1/projects/{projectId}/score-configs/{configId}", args) as Promise<OperationResult<"deleteScoreConfig">>,
    /** DELETE /api/v1/projects/{projectId}/webhooks/{webhookId} */
    deleteWebhook: (args: OperationArgs<"deleteWebhook">): Promise<OperationResult<"deleteWebhook">> =>
      call("delete", "/api/v1/projects/{projectId}/webhooks/{webhookId}", args) as Promise<OperationResult<"deleteWebhook">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluate */
    evaluateMonitor: (args: OperationArgs<"evaluateMonitor">): Promise<OperationResult<"evaluateMonitor">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluate", args) as Promise<OperationResult<"evaluateMonitor">>,
    /** POST /api/v1/projects/{projectId}/preference-exports */
    exportPreferences: (args: OperationArgs<"exportPreferences">): Promise<OperationResult<"exportPreferences">> =>
      call("post", "/api/v1/projects/{projectId}/preference-exports", args) as Promise<OperationResult<"exportPreferences">>,
    /** GET /api/v1/projects/{projectId}/annotation-queues/{queueId} */
    getAnnotationQueue: (args: OperationArgs<"getAnnotationQueue">): Promise<OperationResult<"getAnnotationQueue">> =>
      call("get", "/api/v1/projects/{projectId}/annotation-queues/{queueId}", args) as Promise<OperationResult<"getAnnotationQueue">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId}/artifacts/content */
    getArtifactContent: (args: OperationArgs<"getArtifactContent">): Promise<OperationResult<"getArtifactContent">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}/artifacts/content", args) as Promise<OperationResult<"getArtifactContent">>,
    /** GET /api/v1/auth/status */
    getAuthStatus: (args: OperationArgs<"getAuthStatus">): Promise<OperationResult<"getAuthStatus">> =>
      call("get", "/api/v1/auth/status", args) as Promise<OperationResult<"getAuthStatus">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId} */
    getBaseline: (args: OperationArgs<"getBaseline">): Promise<OperationResult<"getBaseline">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId}", args) as Promise<OperationResult<"getBaseline">>,
    /** GET /api/v1/projects/{projectId}/data-sets/{dataSetId} */
    getDataSet: (args: OperationArgs<"getDataSet">): Promise<OperationResult<"getDataSet">> =>
      call("get", "/api/v1/projects/{projectId}/data-sets/{dataSetId}", args) as Promise<OperationResult<"getDataSet">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId} */
    getDeployment: (args: OperationArgs<"getDeployment">): Promise<OperationResult<"getDeployment">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}", args) as Promise<OperationResult<"getDeployment">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/drift */
    getDrift: (args: OperationArgs<"getDrift">): Promise<OperationResult<"getDrift">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/drift", args) as Promise<OperationResult<"getDrift">>,
    /** GET /api/v1/projects/{projectId}/experiments/{experimentId} */
    getExperiment: (args: OperationArgs<"getExperiment">): Promise<OperationResult<"getExperiment">> =>
      call("get", "/api/v1/projects/{projectId}/experiments/{experimentId}", args) as Promise<OperationResult<"getExperiment">>,
    /** GET /api/v1/projects/{projectId}/fit-thresholds */
    getFitThresholds: (args: OperationArgs<"getFitThresholds">): Promise<OperationResult<"getFitThresholds">> =>
      call("get", "/api/v1/projects/{projectId}/fit-thresholds", args) as Promise<OperationResult<"getFitThresholds">>,
    /** GET /api/v1/projects/{projectId}/framing */
    getFraming: (args: OperationArgs<"getFraming">): Promise<OperationResult<"getFraming">> =>
      call("get", "/api/v1/projects/{projectId}/framing", args) as Promise<OperationResult<"getFraming">>,
    /** GET /api/health */
    getHealth: (args: OperationArgs<"getHealth">): Promise<OperationResult<"getHealth">> =>
      call("get", "/api/health", args) as Promise<OperationResult<"getHealth">>,
    /** GET /api/v1/projects/{projectId}/iterations/{iterationId} */
    getIteration: (args: OperationArgs<"getIteration">): Promise<OperationResult<"getIteration">> =>
      call("get", "/api/v1/projects/{projectId}/iterations/{iterationId}", args) as Promise<OperationResult<"getIteration">>,
    /** GET /api/v1/projects/{projectId}/kpis/{kpiId} */
    getKpi: (args: OperationArgs<"getKpi">): Promise<OperationResult<"getKpi">> =>
      call("get", "/api/v1/projects/{projectId}/kpis/{kpiId}", args) as Promise<OperationResult<"getKpi">>,
    /** GET /api/v1/auth/me */
    getMe: (args: OperationArgs<"getMe">): Promise<OperationResult<"getMe">> =>
      call("get", "/api/v1/auth/me", args) as Promise<OperationResult<"getMe">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId}/metrics/{key}/history */
    getMetricHistory: (args: OperationArgs<"getMetricHistory">): Promise<OperationResult<"getMetricHistory">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}/metrics/{key}/history", args) as Promise<OperationResult<"getMetricHistory">>,
    /** GET /api/v1/projects/{projectId}/models/{modelId} */
    getModel: (args: OperationArgs<"getModel">): Promise<OperationResult<"getModel">> =>
      call("get", "/api/v1/projects/{projectId}/models/{modelId}", args) as Promise<OperationResult<"getModel">>,
    /** GET /api/v1/projects/{projectId}/models/{modelId}/aliases/{alias} */
    getModelAlias: (args: OperationArgs<"getModelAlias">): Promise<OperationResult<"getModelAlias">> =>
      call("get", "/api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}", args) as Promise<OperationResult<"getModelAlias">>,
    /** GET /api/v1/projects/{projectId}/models/{modelId}/versions/{version} */
    getModelVersion: (args: OperationArgs<"getModelVersion">): Promise<OperationResult<"getModelVersion">> =>
      call("get", "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}", args) as Promise<OperationResult<"getModelVersion">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId} */
    getMonitor: (args: OperationArgs<"getMonitor">): Promise<OperationResult<"getMonitor">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}", args) as Promise<OperationResult<"getMonitor">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/performance */
    getPerformance: (args: OperationArgs<"getPerformance">): Promise<OperationResult<"getPerformance">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/performance", args) as Promise<OperationResult<"getPerformance">>,
    /** GET /api/v1/projects/{projectId}/preference-exports/{exportId}/content */
    getPreferenceExportContent: (args: OperationArgs<"getPreferenceExportContent">): Promise<OperationResult<"getPreferenceExportContent">> =>
      call("get", "/api/v1/projects/{projectId}/preference-exports/{exportId}/content", args) as Promise<OperationResult<"getPreferenceExportContent">>,
    /** GET /api/v1/projects/{projectId} */
    getProject: (args: OperationArgs<"getProject">): Promise<OperationResult<"getProject">> =>
      call("get", "/api/v1/projects/{projectId}", args) as Promise<OperationResult<"getProject">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId} */
    getRun: (args: OperationArgs<"getRun">): Promise<OperationResult<"getRun">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}", args) as Promise<OperationResult<"getRun">>,
    /** GET /api/v1/projects/{projectId}/runs/compare */
    getRunComparison: (args: OperationArgs<"getRunComparison">): Promise<OperationResult<"getRunComparison">> =>
      call("get", "/api/v1/projects/{projectId}/runs/compare", args) as Promise<OperationResult<"getRunComparison">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId}/fit */
    getRunFit: (args: OperationArgs<"getRunFit">): Promise<OperationResult<"getRunFit">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}/fit", args) as Promise<OperationResult<"getRunFit">>,
    /** GET /api/v1/projects/{projectId}/metrics/sampled */
    getSampledMetrics: (args: OperationArgs<"getSampledMetrics">): Promise<OperationResult<"getSampledMetrics">> =>
      call("get", "/api/v1/projects/{projectId}/metrics/sampled", args) as Promise<OperationResult<"getSampledMetrics">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/scores/summary */
    getScoreSummary: (args: OperationArgs<"getScoreSummary">): Promise<OperationResult<"getScoreSummary">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores/summary", args) as Promise<OperationResult<"getScoreSummary">>,
    /** GET /api/v1/projects/{projectId}/stages */
    getStageBoard: (args: OperationArgs<"getStageBoard">): Promise<OperationResult<"getStageBoard">> =>
      call("get", "/api/v1/projects/{projectId}/stages", args) as Promise<OperationResult<"getStageBoard">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/traffic */
    getTraffic: (args: OperationArgs<"getTraffic">): Promise<OperationResult<"getTraffic">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/traffic", args) as Promise<OperationResult<"getTraffic">>,
    /** GET /api/v1/projects/{projectId}/preferences/win-rates */
    getWinRates: (args: OperationArgs<"getWinRates">): Promise<OperationResult<"getWinRates">> =>
      call("get", "/api/v1/projects/{projectId}/preferences/win-rates", args) as Promise<OperationResult<"getWinRates">>,
    /** GET /api/v1/projects/{projectId}/alerts */
    listAlerts: (args: OperationArgs<"listAlerts">): Promise<OperationResult<"listAlerts">> =>
      call("get", "/api/v1/projects/{projectId}/alerts", args) as Promise<OperationResult<"listAlerts">>,
    /** GET /api/v1/projects/{projectId}/annotation-queues/{queueId}/items */
    listAnnotationItems: (args: OperationArgs<"listAnnotationItems">): Promise<OperationResult<"listAnnotationItems">> =>
      call("get", "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items", args) as Promise<OperationResult<"listAnnotationItems">>,
    /** GET /api/v1/projects/{projectId}/annotation-queues */
    listAnnotationQueues: (args: OperationArgs<"listAnnotationQueues">): Promise<OperationResult<"listAnnotationQueues">> =>
      call("get", "/api/v1/projects/{projectId}/annotation-queues", args) as Promise<OperationResult<"listAnnotationQueues">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId}/artifacts */
    listArtifacts: (args: OperationArgs<"listArtifacts">): Promise<OperationResult<"listArtifacts">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}/artifacts", args) as Promise<OperationResult<"listArtifacts">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/baselines */
    listBaselines: (args: OperationArgs<"listBaselines">): Promise<OperationResult<"listBaselines">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines", args) as Promise<OperationResult<"listBaselines">>,
    /** GET /api/v1/projects/{projectId}/data-sets */
    listDataSets: (args: OperationArgs<"listDataSets">): Promise<OperationResult<"listDataSets">> =>
      call("get", "/api/v1/projects/{projectId}/data-sets", args) as Promise<OperationResult<"listDataSets">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/events */
    listDeploymentEvents: (args: OperationArgs<"listDeploymentEvents">): Promise<OperationResult<"listDeploymentEvents">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/events", args) as Promise<OperationResult<"listDeploymentEvents">>,
    /** GET /api/v1/projects/{projectId}/deployments */
    listDeployments: (args: OperationArgs<"listDeployments">): Promise<OperationResult<"listDeployments">> =>
      call("get", "/api/v1/projects/{projectId}/deployments", args) as Promise<OperationResult<"listDeployments">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId}/evaluations */
    listEvaluations: (args: OperationArgs<"listEvaluations">): Promise<OperationResult<"listEvaluations">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}/evaluations", args) as Promise<OperationResult<"listEvaluations">>,
    /** GET /api/v1/projects/{projectId}/experiments */
    listExperiments: (args: OperationArgs<"listExperiments">): Promise<OperationResult<"listExperiments">> =>
      call("get", "/api/v1/projects/{projectId}/experiments", args) as Promise<OperationResult<"listExperiments">>,
    /** GET /api/v1/projects/{projectId}/iterations */
    listIterations: (args: OperationArgs<"listIterations">): Promise<OperationResult<"listIterations">> =>
      call("get", "/api/v1/projects/{projectId}/iterations", args) as Promise<OperationResult<"listIterations">>,
    /** GET /api/v1/projects/{projectId}/kpis/{kpiId}/measurements */
    listKpiMeasurements: (args: OperationArgs<"listKpiMeasurements">): Promise<OperationResult<"listKpiMeasurements">> =>
      call("get", "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements", args) as Promise<OperationResult<"listKpiMeasurements">>,
    /** GET /api/v1/projects/{projectId}/kpis */
    listKpis: (args: OperationArgs<"listKpis">): Promise<OperationResult<"listKpis">> =>
      call("get", "/api/v1/projects/{projectId}/kpis", args) as Promise<OperationResult<"listKpis">>,
    /** GET /api/v1/projects/{projectId}/members */
    listMembers: (args: OperationArgs<"listMembers">): Promise<OperationResult<"listMembers">> =>
      call("get", "/api/v1/projects/{projectId}/members", args) as Promise<OperationResult<"listMembers">>,
    /** GET /api/v1/projects/{projectId}/models/{modelId}/alias-history */
    listModelAliasHistory: (args: OperationArgs<"listModelAliasHistory">): Promise<OperationResult<"listModelAliasHistory">> =>
      call("get", "/api/v1/projects/{projectId}/models/{modelId}/alias-history", args) as Promise<OperationResult<"listModelAliasHistory">>,
    /** GET /api/v1/projects/{projectId}/models */
    listModels: (args: OperationArgs<"listModels">): Promise<OperationResult<"listModels">> =>
      call("get", "/api/v1/projects/{projectId}/models", args) as Promise<OperationResult<"listModels">>,
    /** GET /api/v1/projects/{projectId}/models/{modelId}/versions */
    listModelVersions: (args: OperationArgs<"listModelVersions">): Promise<OperationResult<"listModelVersions">> =>
      call("get", "/api/v1/projects/{projectId}/models/{modelId}/versions", args) as Promise<OperationResult<"listModelVersions">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluations */
    listMonitorEvaluations: (args: OperationArgs<"listMonitorEvaluations">): Promise<OperationResult<"listMonitorEvaluations">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluations", args) as Promise<OperationResult<"listMonitorEvaluations">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/monitors */
    listMonitors: (args: OperationArgs<"listMonitors">): Promise<OperationResult<"listMonitors">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors", args) as Promise<OperationResult<"listMonitors">>,
    /** GET /api/v1/invitations */
    listMyInvitations: (args: OperationArgs<"listMyInvitations">): Promise<OperationResult<"listMyInvitations">> =>
      call("get", "/api/v1/invitations", args) as Promise<OperationResult<"listMyInvitations">>,
    /** GET /api/v1/projects/{projectId}/preference-exports */
    listPreferenceExports: (args: OperationArgs<"listPreferenceExports">): Promise<OperationResult<"listPreferenceExports">> =>
      call("get", "/api/v1/projects/{projectId}/preference-exports", args) as Promise<OperationResult<"listPreferenceExports">>,
    /** GET /api/v1/projects/{projectId}/preferences */
    listPreferences: (args: OperationArgs<"listPreferences">): Promise<OperationResult<"listPreferences">> =>
      call("get", "/api/v1/projects/{projectId}/preferences", args) as Promise<OperationResult<"listPreferences">>,
    /** GET /api/v1/projects/{projectId}/invitations */
    listProjectInvitations: (args: OperationArgs<"listProjectInvitations">): Promise<OperationResult<"listProjectInvitations">> =>
      call("get", "/api/v1/projects/{projectId}/invitations", args) as Promise<OperationResult<"listProjectInvitations">>,
    /** GET /api/v1/projects */
    listProjects: (args: OperationArgs<"listProjects">): Promise<OperationResult<"listProjects">> =>
      call("get", "/api/v1/projects", args) as Promise<OperationResult<"listProjects">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/records */
    listRecords: (args: OperationArgs<"listRecords">): Promise<OperationResult<"listRecords">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/records", args) as Promise<OperationResult<"listRecords">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId}/data */
    listRunData: (args: OperationArgs<"listRunData">): Promise<OperationResult<"listRunData">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}/data", args) as Promise<OperationResult<"listRunData">>,
    /** GET /api/v1/projects/{projectId}/runs/{runId}/inputs */
    listRunInputs: (args: OperationArgs<"listRunInputs">): Promise<OperationResult<"listRunInputs">> =>
      call("get", "/api/v1/projects/{projectId}/runs/{runId}/inputs", args) as Promise<OperationResult<"listRunInputs">>,
    /** GET /api/v1/projects/{projectId}/experiments/{experimentId}/runs */
    listRuns: (args: OperationArgs<"listRuns">): Promise<OperationResult<"listRuns">> =>
      call("get", "/api/v1/projects/{projectId}/experiments/{experimentId}/runs", args) as Promise<OperationResult<"listRuns">>,
    /** GET /api/v1/projects/{projectId}/score-configs */
    listScoreConfigs: (args: OperationArgs<"listScoreConfigs">): Promise<OperationResult<"listScoreConfigs">> =>
      call("get", "/api/v1/projects/{projectId}/score-configs", args) as Promise<OperationResult<"listScoreConfigs">>,
    /** GET /api/v1/projects/{projectId}/deployments/{deploymentId}/scores */
    listScores: (args: OperationArgs<"listScores">): Promise<OperationResult<"listScores">> =>
      call("get", "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores", args) as Promise<OperationResult<"listScores">>,
    /** GET /api/v1/security-events */
    listSecurityEvents: (args: OperationArgs<"listSecurityEvents">): Promise<OperationResult<"listSecurityEvents">> =>
      call("get", "/api/v1/security-events", args) as Promise<OperationResult<"listSecurityEvents">>,
    /** GET /api/v1/tokens */
    listTokens: (args: OperationArgs<"listTokens">): Promise<OperationResult<"listTokens">> =>
      call("get", "/api/v1/tokens", args) as Promise<OperationResult<"listTokens">>,
    /** GET /api/v1/projects/{projectId}/transitions */
    listTransitions: (args: OperationArgs<"listTransitions">): Promise<OperationResult<"listTransitions">> =>
      call("get", "/api/v1/projects/{projectId}/transitions", args) as Promise<OperationResult<"listTransitions">>,
    /** GET /api/v1/users */
    listUsers: (args: OperationArgs<"listUsers">): Promise<OperationResult<"listUsers">> =>
      call("get", "/api/v1/users", args) as Promise<OperationResult<"listUsers">>,
    /** GET /api/v1/vocabularies */
    listVocabularies: (args: OperationArgs<"listVocabularies">): Promise<OperationResult<"listVocabularies">> =>
      call("get", "/api/v1/vocabularies", args) as Promise<OperationResult<"listVocabularies">>,
    /** GET /api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries */
    listWebhookDeliveries: (args: OperationArgs<"listWebhookDeliveries">): Promise<OperationResult<"listWebhookDeliveries">> =>
      call("get", "/api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries", args) as Promise<OperationResult<"listWebhookDeliveries">>,
    /** GET /api/v1/projects/{projectId}/webhooks */
    listWebhooks: (args: OperationArgs<"listWebhooks">): Promise<OperationResult<"listWebhooks">> =>
      call("get", "/api/v1/projects/{projectId}/webhooks", args) as Promise<OperationResult<"listWebhooks">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/actuals */
    logActuals: (args: OperationArgs<"logActuals">): Promise<OperationResult<"logActuals">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/actuals", args) as Promise<OperationResult<"logActuals">>,
    /** POST /api/v1/projects/{projectId}/preferences */
    logPreferences: (args: OperationArgs<"logPreferences">): Promise<OperationResult<"logPreferences">> =>
      call("post", "/api/v1/projects/{projectId}/preferences", args) as Promise<OperationResult<"logPreferences">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/records */
    logRecords: (args: OperationArgs<"logRecords">): Promise<OperationResult<"logRecords">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/records", args) as Promise<OperationResult<"logRecords">>,
    /** POST /api/v1/projects/{projectId}/runs/{runId}/batch */
    logRunBatch: (args: OperationArgs<"logRunBatch">): Promise<OperationResult<"logRunBatch">> =>
      call("post", "/api/v1/projects/{projectId}/runs/{runId}/batch", args) as Promise<OperationResult<"logRunBatch">>,
    /** POST /api/v1/projects/{projectId}/runs/{runId}/metrics */
    logRunMetric: (args: OperationArgs<"logRunMetric">): Promise<OperationResult<"logRunMetric">> =>
      call("post", "/api/v1/projects/{projectId}/runs/{runId}/metrics", args) as Promise<OperationResult<"logRunMetric">>,
    /** POST /api/v1/projects/{projectId}/runs/{runId}/params */
    logRunParam: (args: OperationArgs<"logRunParam">): Promise<OperationResult<"logRunParam">> =>
      call("post", "/api/v1/projects/{projectId}/runs/{runId}/params", args) as Promise<OperationResult<"logRunParam">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/scores */
    logScores: (args: OperationArgs<"logScores">): Promise<OperationResult<"logScores">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores", args) as Promise<OperationResult<"logScores">>,
    /** POST /api/v1/projects/{projectId}/iterations */
    openIteration: (args: OperationArgs<"openIteration">): Promise<OperationResult<"openIteration">> =>
      call("post", "/api/v1/projects/{projectId}/iterations", args) as Promise<OperationResult<"openIteration">>,
    /** POST /api/v1/users/{userId}/reactivate */
    reactivateUser: (args: OperationArgs<"reactivateUser">): Promise<OperationResult<"reactivateUser">> =>
      call("post", "/api/v1/users/{userId}/reactivate", args) as Promise<OperationResult<"reactivateUser">>,
    /** POST /api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver */
    redeliverWebhookDelivery: (args: OperationArgs<"redeliverWebhookDelivery">): Promise<OperationResult<"redeliverWebhookDelivery">> =>
      call("post", "/api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", args) as Promise<OperationResult<"redeliverWebhookDelivery">>,
    /** DELETE /api/v1/projects/{projectId}/members/{userId} */
    removeMember: (args: OperationArgs<"removeMember">): Promise<OperationResult<"removeMember">> =>
      call("delete", "/api/v1/projects/{projectId}/members/{userId}", args) as Promise<OperationResult<"removeMember">>,
    /** DELETE /api/v1/projects/{projectId}/runs/{runId}/data/{useId} */
    removeRunData: (args: OperationArgs<"removeRunData">): Promise<OperationResult<"removeRunData">> =>
      call("delete", "/api/v1/projects/{projectId}/runs/{runId}/data/{useId}", args) as Promise<OperationResult<"removeRunData">>,
    /** POST /api/v1/auth/password-reset */
    resetPassword: (args: OperationArgs<"resetPassword">): Promise<OperationResult<"resetPassword">> =>
      call("post", "/api/v1/auth/password-reset", args) as Promise<OperationResult<"resetPassword">>,
    /** POST /api/v1/projects/{projectId}/alerts/{alertId}/resolve */
    resolveAlert: (args: OperationArgs<"resolveAlert">): Promise<OperationResult<"resolveAlert">> =>
      call("post", "/api/v1/projects/{projectId}/alerts/{alertId}/resolve", args) as Promise<OperationResult<"resolveAlert">>,
    /** POST /api/v1/projects/{projectId}/experiments/{experimentId}/restore */
    restoreExperiment: (args: OperationArgs<"restoreExperiment">): Promise<OperationResult<"restoreExperiment">> =>
      call("post", "/api/v1/projects/{projectId}/experiments/{experimentId}/restore", args) as Promise<OperationResult<"restoreExperiment">>,
    /** POST /api/v1/projects/{projectId}/runs/{runId}/restore */
    restoreRun: (args: OperationArgs<"restoreRun">): Promise<OperationResult<"restoreRun">> =>
      call("post", "/api/v1/projects/{projectId}/runs/{runId}/restore", args) as Promise<OperationResult<"restoreRun">>,
    /** POST /api/v1/projects/{projectId}/models/{modelId}/versions/{version}/review */
    reviewModelVersion: (args: OperationArgs<"reviewModelVersion">): Promise<OperationResult<"reviewModelVersion">> =>
      call("post", "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}/review", args) as Promise<OperationResult<"reviewModelVersion">>,
    /** DELETE /api/v1/projects/{projectId}/invitations/{invitationId} */
    revokeInvitation: (args: OperationArgs<"revokeInvitation">): Promise<OperationResult<"revokeInvitation">> =>
      call("delete", "/api/v1/projects/{projectId}/invitations/{invitationId}", args) as Promise<OperationResult<"revokeInvitation">>,
    /** DELETE /api/v1/tokens/{tokenId} */
    revokeToken: (args: OperationArgs<"revokeToken">): Promise<OperationResult<"revokeToken">> =>
      call("delete", "/api/v1/tokens/{tokenId}", args) as Promise<OperationResult<"revokeToken">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/rollback */
    rollBackDeployment: (args: OperationArgs<"rollBackDeployment">): Promise<OperationResult<"rollBackDeployment">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/rollback", args) as Promise<OperationResult<"rollBackDeployment">>,
    /** POST /api/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret */
    rotateWebhookSecret: (args: OperationArgs<"rotateWebhookSecret">): Promise<OperationResult<"rotateWebhookSecret">> =>
      call("post", "/api/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret", args) as Promise<OperationResult<"rotateWebhookSecret">>,
    /** PUT /api/v1/projects/{projectId}/runs/{runId}/artifacts/content */
    saveArtifact: (args: OperationArgs<"saveArtifact">): Promise<OperationResult<"saveArtifact">> =>
      call("put", "/api/v1/projects/{projectId}/runs/{runId}/artifacts/content", args) as Promise<OperationResult<"saveArtifact">>,
    /** PUT /api/v1/projects/{projectId}/framing */
    saveFraming: (args: OperationArgs<"saveFraming">): Promise<OperationResult<"saveFraming">> =>
      call("put", "/api/v1/projects/{projectId}/framing", args) as Promise<OperationResult<"saveFraming">>,
    /** PUT /api/v1/projects/{projectId}/runs/{runId}/tags */
    saveRunTag: (args: OperationArgs<"saveRunTag">): Promise<OperationResult<"saveRunTag">> =>
      call("put", "/api/v1/projects/{projectId}/runs/{runId}/tags", args) as Promise<OperationResult<"saveRunTag">>,
    /** POST /api/v1/projects/{projectId}/webhooks/{webhookId}/test */
    sendWebhookTest: (args: OperationArgs<"sendWebhookTest">): Promise<OperationResult<"sendWebhookTest">> =>
      call("post", "/api/v1/projects/{projectId}/webhooks/{webhookId}/test", args) as Promise<OperationResult<"sendWebhookTest">>,
    /** POST /api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId}/activate */
    setActiveBaseline: (args: OperationArgs<"setActiveBaseline">): Promise<OperationResult<"setActiveBaseline">> =>
      call("post", "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId}/activate", args) as Promise<OperationResult<"setActiveBaseline">>,
    /** PUT /api/v1/projects/{projectId}/models/{modelId}/aliases/{alias} */
    setModelAlias: (args: OperationArgs<"setModelAlias">): Promise<OperationResult<"setModelAlias">> =>
      call("put", "/api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}", args) as Promise<OperationResult<"setModelAlias">>,
    /** POST /api/v1/auth/setup */
    setupFirstAdmin: (args: OperationArgs<"setupFirstAdmin">): Promise<OperationResult<"setupFirstAdmin">> =>
      call("post", "/api/v1/auth/setup", args) as Promise<OperationResult<"setupFirstAdmin">>,
    /** POST /api/v1/auth/sign-in */
    signIn: (args: OperationArgs<"signIn">): Promise<OperationResult<"signIn">> =>
      call("post", "/api/v1/auth/sign-in", args) as Promise<OperationResult<"signIn">>,
    /** POST /api/v1/auth/sign-out */
    signOut: (args: OperationArgs<"signOut">): Promise<OperationResult<"signOut">> =>
      call("post", "/api/v1/auth/sign-out", args) as Promise<OperationResult<"signOut">>,
    /** POST /api/v1/projects/{projectId}/transitions */
    transitionProject: (args: OperationArgs<"transitionProject">): Promise<OperationResult<"transitionProject">> =>
      call("post", "/api/v1/projects/{projectId}/transitions", args) as Promise<OperationResult<"transitionProject">>,
    /** POST /api/v1/users/{userId}/unlock */
    unlockUser: (args: OperationArgs<"unlockUser">): Promise<OperationResult<"unlockUser">> =>
      call("post", "/api/v1/users/{userId}/unlock", args) as Promise<OperationResult<"unlockUser">>,
    /** PATCH /api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId} */
    updateAnnotationItem: (args: OperationArgs<"updateAnnotationItem">): Promise<OperationResult<"updateAnnotationItem">> =>
      call("patch", "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}", args) as Promise<OperationResult<"updateAnnotationItem">>,
    /** PATCH /api/v1/projects/{projectId}/checklist/{itemId} */
    updateChecklistItem: (args: OperationArgs<"updateChecklistItem">): Promise<OperationResult<"updateChecklistItem">> =>
      call("patch", "/api/v1/projects/{projectId}/checklist/{itemId}", args) as Promise<OperationResult<"updateChecklistItem">>,
    /** PATCH /api/v1/projects/{projectId}/data-sets/{dataSetId} */
    updateDataSet: (args: OperationArgs<"updateDataSet">): Promise<OperationResult<"updateDataSet">> =>
      call("patch", "/api/v1/projects/{projectId}/data-sets/{dataSetId}", args) as Promise<OperationResult<"updateDataSet">>,
    /** PATCH /api/v1/projects/{projectId}/experiments/{experimentId} */
    updateExperiment: (args: OperationArgs<"updateExperiment">): Promise<OperationResult<"updateExperiment">> =>
      call("patch", "/api/v1/projects/{projectId}/experiments/{experimentId}", args) as Promise<OperationResult<"updateExperiment">>,
    /** PUT /api/v1/projects/{projectId}/fit-thresholds */
    updateFitThresholds: (args: OperationArgs<"updateFitThresholds">): Promise<OperationResult<"updateFitThresholds">> =>
      call("put", "/api/v1/projects/{projectId}/fit-thresholds", args) as Promise<OperationResult<"updateFitThresholds">>,
    /** PATCH /api/v1/projects/{projectId}/iterations/{iterationId} */
    updateIteration: (args: OperationArgs<"updateIteration">): Promise<OperationResult<"updateIteration">> =>
      call("patch", "/api/v1/projects/{projectId}/iterations/{iterationId}", args) as Promise<OperationResult<"updateIteration">>,
    /** PATCH /api/v1/projects/{projectId}/kpis/{kpiId} */
    updateKpi: (args: OperationArgs<"updateKpi">): Promise<OperationResult<"updateKpi">> =>
      call("patch", "/api/v1/projects/{projectId}/kpis/{kpiId}", args) as Promise<OperationResult<"updateKpi">>,
    /** PATCH /api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId} */
    updateKpiMeasurement: (args: OperationArgs<"updateKpiMeasurement">): Promise<OperationResult<"updateKpiMeasurement">> =>
      call("patch", "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId}", args) as Promise<OperationResult<"updateKpiMeasurement">>,
    /** PATCH /api/v1/projects/{projectId}/models/{modelId} */
    updateModel: (args: OperationArgs<"updateModel">): Promise<OperationResult<"updateModel">> =>
      call("patch", "/api/v1/projects/{projectId}/models/{modelId}", args) as Promise<OperationResult<"updateModel">>,
    /** PATCH /api/v1/projects/{projectId}/models/{modelId}/versions/{version} */
    updateModelVersion: (args: OperationArgs<"updateModelVersion">): Promise<OperationResult<"updateModelVersion">> =>
      call("patch", "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}", args) as Promise<OperationResult<"updateModelVersion">>,
    /** PATCH /api/v1/projects/{projectId} */
    updateProject: (args: OperationArgs<"updateProject">): Promise<OperationResult<"updateProject">> =>
      call("patch", "/api/v1/projects/{projectId}", args) as Promise<OperationResult<"updateProject">>,
    /** PATCH /api/v1/projects/{projectId}/runs/{runId} */
    updateRun: (args: OperationArgs<"updateRun">): Promise<OperationResult<"updateRun">> =>
      call("patch", "/api/v1/projects/{projectId}/runs/{runId}", args) as Promise<OperationResult<"updateRun">>,
    /** PATCH /api/v1/projects/{projectId}/stages/{stage} */
    updateStage: (args: OperationArgs<"updateStage">): Promise<OperationResult<"updateStage">> =>
      call("patch", "/api/v1/projects/{projectId}/stages/{stage}", args) as Promise<OperationResult<"updateStage">>,
    /** PATCH /api/v1/projects/{projectId}/webhooks/{webhookId} */
    updateWebhook: (args: OperationArgs<"updateWebhook">): Promise<OperationResult<"updateWebhook">> =>
      call("patch", "/api/v1/projects/{projectId}/webhooks/{webhookId}", args) as Promise<OperationResult<"updateWebhook">>,
  };
}
