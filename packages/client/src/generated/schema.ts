// Generated from apps/api/openapi.json by packages/client/scripts/generate.mjs — do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["setupFirstAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAuthStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMyInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["declineInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listProjects"];
        put?: never;
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/alerts/{alertId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["acknowledgeAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/alerts/{alertId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resolveAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/annotation-queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAnnotationQueues"];
        put?: never;
        post: operations["createAnnotationQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/annotation-queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAnnotationQueue"];
        put?: never;
        post?: never;
        delete: operations["deleteAnnotationQueue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/annotation-queues/{queueId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["claimAnnotationItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAnnotationItems"];
        put?: never;
        post: operations["addAnnotationItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateAnnotationItem"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}/annotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["annotateAnnotationItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/checklist/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteChecklistItem"];
        options?: never;
        head?: never;
        patch: operations["updateChecklistItem"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/data-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDataSets"];
        put?: never;
        post: operations["createDataSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/data-sets/{dataSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDataSet"];
        put?: never;
        post?: never;
        delete: operations["deleteDataSet"];
        options?: never;
        head?: never;
        patch: operations["updateDataSet"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/data-sets/{dataSetId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createDataSetVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDeployments"];
        put?: never;
        post: operations["createDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/actuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logActuals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listBaselines"];
        put?: never;
        post: operations["createProductionBaseline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBaseline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["setActiveBaseline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createBaselineFromUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/drift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDrift"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDeploymentEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMonitors"];
        put?: never;
        post: operations["createMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMonitor"];
        put?: never;
        post?: never;
        delete: operations["deleteMonitor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["evaluateMonitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMonitorEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRecords"];
        put?: never;
        post: operations["logRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rollBackDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listScores"];
        put?: never;
        post: operations["logScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getScoreSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changeDeploymentStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/deployments/{deploymentId}/traffic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTraffic"];
        put?: never;
        post: operations["changeDeploymentTraffic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listExperiments"];
        put?: never;
        post: operations["createExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/experiments/{experimentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getExperiment"];
        put?: never;
        post?: never;
        delete: operations["deleteExperiment"];
        options?: never;
        head?: never;
        patch: operations["updateExperiment"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/experiments/{experimentId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changeExperimentProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/experiments/{experimentId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["restoreExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/experiments/{experimentId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRuns"];
        put?: never;
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/fit-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFitThresholds"];
        put: operations["updateFitThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/framing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getFraming"];
        put: operations["saveFraming"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listProjectInvitations"];
        put?: never;
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/iterations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listIterations"];
        put?: never;
        post: operations["openIteration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/iterations/{iterationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getIteration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateIteration"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/iterations/{iterationId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["closeIteration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/iterations/{iterationId}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addIterationTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listKpis"];
        put?: never;
        post: operations["createKpi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/kpis/{kpiId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getKpi"];
        put?: never;
        post?: never;
        delete: operations["deleteKpi"];
        options?: never;
        head?: never;
        patch: operations["updateKpi"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listKpiMeasurements"];
        put?: never;
        post: operations["addKpiMeasurement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteKpiMeasurement"];
        options?: never;
        head?: never;
        patch: operations["updateKpiMeasurement"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMembers"];
        put?: never;
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/metrics/sampled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSampledMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listModels"];
        put?: never;
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/models/{modelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getModel"];
        put?: never;
        post?: never;
        delete: operations["deleteModel"];
        options?: never;
        head?: never;
        patch: operations["updateModel"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/models/{modelId}/alias-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listModelAliasHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getModelAlias"];
        put: operations["setModelAlias"];
        post?: never;
        delete: operations["deleteModelAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/models/{modelId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listModelVersions"];
        put?: never;
        post: operations["createModelVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getModelVersion"];
        put?: never;
        post?: never;
        delete: operations["deleteModelVersion"];
        options?: never;
        head?: never;
        patch: operations["updateModelVersion"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reviewModelVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/preference-exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPreferenceExports"];
        put?: never;
        post: operations["exportPreferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/preference-exports/{exportId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPreferenceExportContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPreferences"];
        put?: never;
        post: operations["logPreferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/preferences/win-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getWinRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete: operations["deleteRun"];
        options?: never;
        head?: never;
        patch: operations["updateRun"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listArtifacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/artifacts/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getArtifactContent"];
        put: operations["saveArtifact"];
        post?: never;
        delete: operations["deleteArtifact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logRunBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRunData"];
        put?: never;
        post: operations["addRunData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/data/{useId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeRunData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listEvaluations"];
        put?: never;
        post: operations["createEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteEvaluation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/evaluations/regression-pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createRegressionFromPairs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRunFit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRunInputs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logRunMetric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/metrics/{key}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMetricHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/params": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logRunParam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["restoreRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["saveRunTag"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/{runId}/tags/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteRunTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/runs/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRunComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/score-configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listScoreConfigs"];
        put?: never;
        post: operations["createScoreConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/score-configs/{configId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteScoreConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getStageBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/stages/{stage}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateStage"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/stages/{stage}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addChecklistItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listTransitions"];
        put?: never;
        post: operations["transitionProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listWebhooks"];
        put?: never;
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["sendWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listTokens"];
        put?: never;
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["unlockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listVocabularies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptedMemberDto_Output: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
            /** Format: uuid */
            userId: string;
        };
        AddAnnotationItemsDto: {
            /** @description Project members the new items are dealt to in turn; none leaves them for whoever claims them */
            assignees?: string[];
            /**
             * Format: uuid
             * @description For a PREDICTIONS queue: whose predictions
             */
            deploymentId?: string;
            /** @description For a PAIRS queue: the prompts and their two answers */
            pairs?: {
                a: {
                    /** @description A name for what produced it when it is not registered, e.g. "prompt v3" */
                    label?: string;
                    /**
                     * Format: uuid
                     * @description The model or prompt version that produced it (a version of the project's registry)
                     */
                    modelVersionId?: string;
                    /** @description The answer, exactly as shown */
                    response: string;
                };
                b: {
                    /** @description A name for what produced it when it is not registered, e.g. "prompt v3" */
                    label?: string;
                    /**
                     * Format: uuid
                     * @description The model or prompt version that produced it (a version of the project's registry)
                     */
                    modelVersionId?: string;
                    /** @description The answer, exactly as shown */
                    response: string;
                };
                /**
                 * Format: uuid
                 * @description The deployment it was collected on
                 */
                deploymentId?: string;
                /** @description The deployment's prediction it compares */
                predictionId?: string;
                /** @description What both answers answer */
                prompt: string;
            }[];
            /** @description These predictions */
            predictionIds?: string[];
            /** @description Or this many, drawn at random from the window's latest 20,000 predictions that the queue does not have yet */
            sample?: {
                count: number;
                /** Format: date-time */
                from?: string;
                /** Format: date-time */
                to?: string;
            };
        };
        AddAnnotationItemsResultDto_Output: {
            added: number;
            /** @description Predictions the queue already had */
            alreadyQueued: number;
            progress: {
                done: number;
                pending: number;
                skipped: number;
                total: number;
            };
        };
        AddMemberDto: {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
        };
        AlertActionDto: {
            note?: string;
        };
        AlertDto_Output: {
            acknowledgedAt: string | null;
            acknowledgedBy: string | null;
            acknowledgeNote: string | null;
            /** Format: uuid */
            deploymentId: string;
            deploymentName: string;
            /** Format: uuid */
            id: string;
            message: string;
            /** Format: uuid */
            monitorId: string;
            monitorName: string;
            openedAt: string;
            resolvedAt: string | null;
            resolvedBy: string | null;
            resolveNote: string | null;
            /** @enum {string} */
            status: "OPEN" | "ACKNOWLEDGED" | "RESOLVED";
            value: number | null;
            windowFrom: string;
            windowTo: string;
        };
        AlertPageDto_Output: {
            items: {
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                acknowledgeNote: string | null;
                /** Format: uuid */
                deploymentId: string;
                deploymentName: string;
                /** Format: uuid */
                id: string;
                message: string;
                /** Format: uuid */
                monitorId: string;
                monitorName: string;
                openedAt: string;
                resolvedAt: string | null;
                resolvedBy: string | null;
                resolveNote: string | null;
                /** @enum {string} */
                status: "OPEN" | "ACKNOWLEDGED" | "RESOLVED";
                value: number | null;
                windowFrom: string;
                windowTo: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        AliasAtDto_Output: {
            alias: string;
            /** Format: date-time */
            at: string;
            /** @description Which version it pointed to from when until when (null: still), oldest first */
            periods: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                until: string | null;
                version: number;
            }[];
            /** @description null: the alias pointed nowhere then */
            version: number | null;
        };
        AliasEventPageDto_Output: {
            items: {
                actor: string;
                alias: string;
                /** Format: date-time */
                createdAt: string;
                fromVersion: number | null;
                /** Format: uuid */
                id: string;
                reason: string | null;
                toVersion: number | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        AnnotateItemDto: {
            /**
             * @description For a pair: A, B or TIE
             * @enum {string}
             */
            choice?: "A" | "B" | "TIE";
            reason?: string;
            /** @description For a prediction: a value for each of the queue's score configs */
            scores?: {
                comment?: string;
                config: string;
                value: number | string | boolean;
            }[];
        };
        AnnotationItemDto_Output: {
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            completedAt: string | null;
            completedBy: string | null;
            /** Format: uuid */
            deploymentId: string | null;
            /** Format: uuid */
            id: string;
            pair: {
                a: {
                    label: string | null;
                    /** Format: uuid */
                    modelVersionId: string | null;
                    response: string;
                    version: string;
                };
                b: {
                    label: string | null;
                    /** Format: uuid */
                    modelVersionId: string | null;
                    response: string;
                    version: string;
                };
                prompt: string;
            } | null;
            position: number;
            predictionId: string | null;
            /** @description The prediction as recorded, copied when queued */
            record: {
                features: {
                    [key: string]: unknown;
                };
                prediction: {
                    [key: string]: unknown;
                };
                timestamp: string;
            } | null;
            result: {
                /** @enum {string|null} */
                choice: "A" | "B" | "TIE" | null;
                reason: string | null;
                scores: {
                    comment: string | null;
                    config: string;
                    value: number | string | boolean;
                }[];
            } | null;
            /** @enum {string} */
            status: "PENDING" | "DONE" | "SKIPPED";
        };
        AnnotationItemPageDto_Output: {
            items: {
                assignee: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                completedAt: string | null;
                completedBy: string | null;
                /** Format: uuid */
                deploymentId: string | null;
                /** Format: uuid */
                id: string;
                pair: {
                    a: {
                        label: string | null;
                        /** Format: uuid */
                        modelVersionId: string | null;
                        response: string;
                        version: string;
                    };
                    b: {
                        label: string | null;
                        /** Format: uuid */
                        modelVersionId: string | null;
                        response: string;
                        version: string;
                    };
                    prompt: string;
                } | null;
                position: number;
                predictionId: string | null;
                /** @description The prediction as recorded, copied when queued */
                record: {
                    features: {
                        [key: string]: unknown;
                    };
                    prediction: {
                        [key: string]: unknown;
                    };
                    timestamp: string;
                } | null;
                result: {
                    /** @enum {string|null} */
                    choice: "A" | "B" | "TIE" | null;
                    reason: string | null;
                    scores: {
                        comment: string | null;
                        config: string;
                        value: number | string | boolean;
                    }[];
                } | null;
                /** @enum {string} */
                status: "PENDING" | "DONE" | "SKIPPED";
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        AnnotationQueueDto_Output: {
            createdAt: string;
            createdBy: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "PREDICTIONS" | "PAIRS";
            name: string;
            progress: {
                done: number;
                pending: number;
                skipped: number;
                total: number;
            };
            /** @description Per assignee */
            reviewers: {
                done: number;
                name: string;
                pending: number;
                /** Format: uuid */
                userId: string;
            }[];
            scoreConfigs: {
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                max: number | null;
                min: number | null;
                name: string;
                options: string[];
                /** @description Scores given with it */
                scores: number;
                /** @enum {string} */
                type: "NUMERIC" | "CATEGORICAL" | "BOOLEAN" | "TEXT";
            }[];
        };
        AnnotationQueueListDto_Output: {
            items: {
                createdAt: string;
                createdBy: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "PREDICTIONS" | "PAIRS";
                name: string;
                progress: {
                    done: number;
                    pending: number;
                    skipped: number;
                    total: number;
                };
                /** @description Per assignee */
                reviewers: {
                    done: number;
                    name: string;
                    pending: number;
                    /** Format: uuid */
                    userId: string;
                }[];
                scoreConfigs: {
                    createdAt: string;
                    description: string | null;
                    /** Format: uuid */
                    id: string;
                    max: number | null;
                    min: number | null;
                    name: string;
                    options: string[];
                    /** @description Scores given with it */
                    scores: number;
                    /** @enum {string} */
                    type: "NUMERIC" | "CATEGORICAL" | "BOOLEAN" | "TEXT";
                }[];
            }[];
        };
        ApiTokenDto_Output: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** @description The token's first characters, to recognise it */
            prefix: string;
            /** @description For a project token, its project */
            project: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
            } | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ApiTokenListDto_Output: {
            items: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                lastUsedAt: string | null;
                name: string;
                /** @description The token's first characters, to recognise it */
                prefix: string;
                /** @description For a project token, its project */
                project: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    slug: string;
                } | null;
                /** Format: date-time */
                revokedAt: string | null;
            }[];
        };
        ArtifactListDto_Output: {
            items: {
                isDir: boolean;
                /** @description From the run's artifact root, e.g. model/MLmodel */
                path: string;
                /** @description Bytes, for files */
                size: number | null;
            }[];
            /** @description The folder listed */
            path: string;
            /** @description Where MLflow clients find the run's artifacts (mlflow-artifacts:/<experiment>/<run>/artifacts) */
            rootUri: string;
        };
        AuthStatusDto_Output: {
            /** @description No user exists yet: the server printed a setup link */
            setupRequired: boolean;
        };
        BaselineDto_Output: {
            active: boolean;
            createdAt: string;
            createdBy: string | null;
            dataSetVersionId: string | null;
            /** Format: uuid */
            deploymentId: string;
            features: {
                binCounts: number[];
                binning: {
                    edges: number[];
                    epsilon: number;
                    /** @enum {string} */
                    method: "quantile";
                } | {
                    categories: string[];
                    epsilon: number;
                    /** @enum {string} */
                    method: "top-categories";
                };
                count: number;
                /** @enum {string} */
                kind: "numeric" | "categorical";
                mean: number | null;
                missing: number;
                name: string;
                std: number | null;
            }[];
            /** Format: uuid */
            id: string;
            name: string;
            prediction: {
                binCounts: number[];
                binning: {
                    edges: number[];
                    epsilon: number;
                    /** @enum {string} */
                    method: "quantile";
                } | {
                    categories: string[];
                    epsilon: number;
                    /** @enum {string} */
                    method: "top-categories";
                };
                count: number;
                /** @enum {string} */
                kind: "numeric" | "categorical";
                mean: number | null;
                missing: number;
                name: string;
                std: number | null;
            } | null;
            rowCount: number;
            /** @enum {string} */
            source: "DATA_SET" | "PRODUCTION";
            split: string | null;
            windowFrom: string | null;
            windowTo: string | null;
        };
        BaselineListDto_Output: {
            items: {
                active: boolean;
                createdAt: string;
                createdBy: string | null;
                dataSetVersionId: string | null;
                /** Format: uuid */
                deploymentId: string;
                features: {
                    binCounts: number[];
                    binning: {
                        edges: number[];
                        epsilon: number;
                        /** @enum {string} */
                        method: "quantile";
                    } | {
                        categories: string[];
                        epsilon: number;
                        /** @enum {string} */
                        method: "top-categories";
                    };
                    count: number;
                    /** @enum {string} */
                    kind: "numeric" | "categorical";
                    mean: number | null;
                    missing: number;
                    name: string;
                    std: number | null;
                }[];
                /** Format: uuid */
                id: string;
                name: string;
                prediction: {
                    binCounts: number[];
                    binning: {
                        edges: number[];
                        epsilon: number;
                        /** @enum {string} */
                        method: "quantile";
                    } | {
                        categories: string[];
                        epsilon: number;
                        /** @enum {string} */
                        method: "top-categories";
                    };
                    count: number;
                    /** @enum {string} */
                    kind: "numeric" | "categorical";
                    mean: number | null;
                    missing: number;
                    name: string;
                    std: number | null;
                } | null;
                rowCount: number;
                /** @enum {string} */
                source: "DATA_SET" | "PRODUCTION";
                split: string | null;
                windowFrom: string | null;
                windowTo: string | null;
            }[];
        };
        BatchResultDto_Output: {
            metrics: number;
            params: number;
            tags: number;
        };
        ChangeDeploymentStatusDto: {
            reason?: string | null;
            /** @enum {string} */
            status: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED";
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChecklistItemDto_Output: {
            done: boolean;
            /** Format: date-time */
            doneAt: string | null;
            /** Format: uuid */
            id: string;
            label: string;
            position: number;
            /** @enum {string} */
            stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
        };
        ClaimAnnotationResultDto_Output: {
            /** @description The next item for the caller: theirs first, then an unassigned one (now theirs); null when none is left */
            item: {
                assignee: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                completedAt: string | null;
                completedBy: string | null;
                /** Format: uuid */
                deploymentId: string | null;
                /** Format: uuid */
                id: string;
                pair: {
                    a: {
                        label: string | null;
                        /** Format: uuid */
                        modelVersionId: string | null;
                        response: string;
                        version: string;
                    };
                    b: {
                        label: string | null;
                        /** Format: uuid */
                        modelVersionId: string | null;
                        response: string;
                        version: string;
                    };
                    prompt: string;
                } | null;
                position: number;
                predictionId: string | null;
                /** @description The prediction as recorded, copied when queued */
                record: {
                    features: {
                        [key: string]: unknown;
                    };
                    prediction: {
                        [key: string]: unknown;
                    };
                    timestamp: string;
                } | null;
                result: {
                    /** @enum {string|null} */
                    choice: "A" | "B" | "TIE" | null;
                    reason: string | null;
                    scores: {
                        comment: string | null;
                        config: string;
                        value: number | string | boolean;
                    }[];
                } | null;
                /** @enum {string} */
                status: "PENDING" | "DONE" | "SKIPPED";
            } | null;
            progress: {
                done: number;
                pending: number;
                skipped: number;
                total: number;
            };
        };
        CloseIterationDto: {
            note?: string;
        };
        CreateAnnotationQueueDto: {
            /** @description What reviewers look for */
            description?: string | null;
            /**
             * @description PREDICTIONS: score a deployment's predictions; PAIRS: pick the better of two answers
             * @enum {string}
             */
            kind: "PREDICTIONS" | "PAIRS";
            name: string;
            /**
             * @description For PREDICTIONS: the score configs (by name) each item gets
             * @default []
             */
            scoreConfigs: string[];
        };
        CreateChecklistItemDto: {
            label: string;
        };
        CreatedApiTokenDto_Output: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** @description The token's first characters, to recognise it */
            prefix: string;
            /** @description For a project token, its project */
            project: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
            } | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description The secret: shown this once, stored only as a hash */
            token: string;
        };
        CreateDataSetDto: {
            description?: string | null;
            /** @description e.g. CSV, Parquet, JPEG, JSONL */
            format?: string | null;
            /** @enum {string} */
            kind: "TABLE" | "RELATIONAL" | "TIME_SERIES" | "TEXT" | "IMAGE" | "AUDIO" | "VIDEO" | "DOCUMENTS";
            /** @enum {string} */
            labelling: "LABELLED" | "UNLABELLED" | "PARTLY_LABELLED";
            /**
             * @description Who labelled it; none for unlabelled data
             * @enum {string|null}
             */
            labelSource?: "HUMAN" | "AUTOMATIC" | "SELF_SUPERVISED" | null;
            name: string;
            owner?: string | null;
            /** @description Where the data lives, e.g. s3://bucket/path or a database table */
            sourceUri?: string | null;
        };
        CreateDataSetVersionDto: {
            /** @description How the data was collected and integrated */
            collectionNotes?: string | null;
            /** @description The schema or feature list */
            features?: {
                name: string;
                type: string;
            }[];
            /** @description A content hash or other fingerprint of exactly this data */
            fingerprint: string;
            /** @description Rows, images, documents … */
            itemCount: number;
            /** @description Items per label */
            labelDistribution?: {
                [key: string]: number;
            };
            /** @description Preprocessing and feature-engineering steps, in order */
            preprocessing?: string[];
            sizeBytes?: number | null;
            /** @description Counts must add up to itemCount */
            splits: {
                count: number;
                name: string;
            }[];
        };
        CreateDeploymentDto: {
            capacity?: {
                concurrency?: number | null;
                instances?: number | null;
                instanceType?: string | null;
                maxReplicas?: number | null;
                memoryMb?: number | null;
                minReplicas?: number | null;
                modelUnits?: number | null;
            };
            description?: string | null;
            endpointUrl?: string | null;
            /** @enum {string} */
            environment: "DEV" | "STAGING" | "PRODUCTION";
            /** @description e.g. a SageMaker endpoint name or a Kubernetes service */
            externalRef?: string | null;
            name: string;
            /** @description Deploy to production a version that is not approved (lead only, with a reason; audited) */
            override?: boolean;
            reason?: string | null;
            /** @description Batch deployments: when they run (cron or words) */
            schedule?: string | null;
            /** @enum {string} */
            target: "REAL_TIME" | "SERVERLESS" | "ASYNCHRONOUS" | "BATCH" | "ON_PREMISES" | "FOUNDATION_MODEL";
            variants: {
                /** @description For a foundation model: the hosted base model */
                baseModel?: string | null;
                /** @description The adapter or prompt version applied to the base model at runtime */
                customization?: string | null;
                /**
                 * Format: uuid
                 * @description The model version served (its id)
                 */
                modelVersionId?: string | null;
                name: string;
                /** @enum {string} */
                role: "PRIMARY" | "CANARY" | "SHADOW";
                /** @description Shadow: share of requests mirrored to it */
                samplingPercent?: number | null;
                /** @description Primary and canary: share of live traffic; all of them add up to 100 */
                trafficPercent?: number | null;
            }[];
        };
        CreateDpoExportDto: {
            /**
             * Format: uuid
             * @description The data set the export becomes a new version of
             */
            dataSetId?: string;
            /** @description Or a new data set's name */
            dataSetName?: string;
            /** Format: uuid */
            deploymentId?: string;
            /** Format: date-time */
            from?: string;
            /** @description Kept in the version's collection notes */
            note?: string;
            /** @enum {string} */
            source?: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
            /** Format: date-time */
            to?: string;
        };
        CreateEvaluationDto: {
            /** @description For ROC and precision-recall curves of a binary classifier */
            binaryScores?: {
                /** @description Whether each item is actually positive */
                actual: boolean[];
                positiveLabel: string;
                /** @description The model's score for the positive label, per item */
                scores: number[];
            };
            /** @enum {string} */
            kind: "CLASSIFICATION";
            labels: string[];
            /** @description Counts: rows the actual class, columns the predicted one */
            matrix: number[][];
            /** @description e.g. the checkpoint or the threshold evaluated */
            name?: string | null;
            /** @enum {string} */
            split: "validation" | "test";
        } | {
            /** @description True values; for more pairs, stream CSV to …/evaluations/regression-pairs */
            actual?: number[];
            /** @enum {string} */
            kind: "REGRESSION";
            /** @description e.g. the checkpoint or the threshold evaluated */
            name?: string | null;
            predicted?: number[];
            /** @enum {string} */
            split: "validation" | "test";
            /** @description Metrics computed elsewhere, instead of the pairs */
            values?: {
                mae: number;
                mape: number | null;
                mse: number;
                r2: number | null;
                rmse: number;
            };
        } | {
            humanRatings?: {
                count: number;
                mean: number;
                /** @description e.g. 5 for a 1–5 scale */
                scaleMax?: number;
            };
            /** @enum {string} */
            kind: "GENERATION";
            /** @description e.g. the checkpoint or the threshold evaluated */
            name?: string | null;
            /** @description Benchmark or rubric scores by name */
            scores: {
                [key: string]: number;
            };
            /** @enum {string} */
            split: "validation" | "test";
        };
        CreateExperimentDto: {
            description?: string | null;
            name: string;
            tags?: {
                [key: string]: string;
            };
        };
        CreateIterationDto: {
            /** @default [] */
            changes: {
                description: string;
                /** @enum {string} */
                kind: "NEW_DATA" | "FEATURES" | "HYPERPARAMETERS" | "APPROACH" | "PROMPT" | "OTHER";
            }[];
            hypothesis?: string | null;
            /** @default [] */
            triggers: {
                /**
                 * Format: uuid
                 * @description For ALERT: the alert
                 */
                alertId?: string;
                /** @enum {string} */
                kind: "ALERT" | "DRIFT" | "KPI_AT_RISK" | "FEEDBACK" | "REQUIREMENT";
                /**
                 * Format: uuid
                 * @description For KPI_AT_RISK: the KPI
                 */
                kpiId?: string;
                /**
                 * Format: uuid
                 * @description For DRIFT: the monitor that drifted
                 */
                monitorId?: string;
                /** @description What was seen; required for FEEDBACK and REQUIREMENT */
                note?: string;
            }[];
        };
        CreateKpiDto: {
            baseline?: number | null;
            /**
             * Format: date
             * @description Calendar date (YYYY-MM-DD) the target is due
             */
            deadline?: string | null;
            description?: string | null;
            /** @enum {string} */
            direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
            /** @description Experiment metric this KPI is measured by, e.g. f1_macro */
            metricKey?: string | null;
            name: string;
            target?: number | null;
            unit?: string | null;
        };
        CreateMeasurementDto: {
            /**
             * Format: date-time
             * @description Defaults to now
             */
            measuredAt?: string;
            note?: string | null;
            source?: string | null;
            value: number;
        };
        CreateModelVersionDto: {
            /** @description With runId: where in the run's artifacts the model is (default: model) */
            artifactPath?: string;
            /**
             * Format: uuid
             * @description The data set version it was trained on (default: the one the run trained on)
             */
            dataSetVersionId?: string | null;
            description?: string | null;
            /** @description e.g. MLflow pyfunc, ONNX, safetensors, GGUF */
            format?: string | null;
            modelCard?: {
                ethicalConsiderations?: string | null;
                intendedUse?: string | null;
                limitations?: string | null;
                notes?: string | null;
            };
            /**
             * Format: uuid
             * @description The run the model was logged by; its params, test evaluation and fit verdict become the version's evidence
             */
            runId?: string;
            sizeBytes?: number | null;
            /** @description Without runId: the model's external URI, e.g. s3://bucket/model or hf://org/name */
            source?: string;
            tags?: {
                [key: string]: string;
            };
        };
        CreateMonitorDto: {
            alert: number;
            /**
             * @description How often a window is evaluated; at most the window (a 1d window every 1h slides by an hour)
             * @default 1h
             * @enum {string}
             */
            cadence: "1h" | "6h" | "1d";
            /** @description The feature, for feature_psi; the score config's name, for feedback_mean */
            feature?: string;
            /** @enum {string} */
            figure: "volume" | "error_rate" | "latency_p95" | "cost_per_request" | "dataset_drift_share" | "feature_psi" | "prediction_psi" | "accuracy" | "f1_macro" | "rmse" | "mae" | "feedback_mean";
            /**
             * Format: uuid
             * @description A KPI of the project that gets each evaluated window's figure as a measurement
             */
            kpiId?: string | null;
            name: string;
            /**
             * @description What a window without a figure makes of the monitor
             * @default NO_DATA
             * @enum {string}
             */
            noData: "NO_DATA" | "OK" | "ALERT";
            /** @enum {string} */
            operator: "gt" | "gte" | "lt" | "lte";
            warning?: number | null;
            /**
             * @default 1h
             * @enum {string}
             */
            window: "1h" | "6h" | "1d";
        };
        CreateProductionBaselineDto: {
            /**
             * @description Make it the baseline drift is measured against (default)
             * @default true
             */
            activate: boolean;
            /** Format: date-time */
            from: string;
            name: string;
            /** Format: date-time */
            to: string;
        };
        CreateProjectDto: {
            budget?: number | null;
            budgetCurrency?: string | null;
            businessGoal?: string | null;
            businessProblem?: string | null;
            description?: string | null;
            name: string;
            owner?: string | null;
            /** @description Derived from the name when left out */
            slug?: string;
            stakeholders?: string[];
            successCriteria?: string | null;
        };
        CreateRegisteredModelDto: {
            description?: string | null;
            /** @description Unique in the project; no '/' */
            name: string;
            owner?: string | null;
            tags?: {
                [key: string]: string;
            };
        };
        CreateRunDto: {
            /** @enum {string|null} */
            approach?: "train_from_scratch" | "transfer_learning" | "fine_tuning" | "adapters_lora" | "rag" | "prompt_engineering" | "continued_pretraining" | null;
            baseModel?: string | null;
            /** @description Default: run-<first characters of the id> */
            name?: string;
            notes?: string | null;
            /** @description e.g. a git commit and entry point */
            source?: string | null;
            /** Format: date-time */
            startTime?: string;
            /** @enum {string} */
            status?: "SCHEDULED" | "RUNNING" | "FINISHED" | "FAILED" | "KILLED";
            tags?: {
                [key: string]: string;
            };
        };
        CreateScoreConfigDto: {
            description?: string | null;
            max?: number | null;
            min?: number | null;
            name: string;
            options?: string[];
            /** @enum {string} */
            type: "NUMERIC" | "CATEGORICAL" | "BOOLEAN" | "TEXT";
        };
        CreateTokenDto: {
            /**
             * Format: date
             * @description Last day the token works (UTC); none for a token that does not expire
             */
            expiresOn?: string | null;
            name: string;
            /** @description Id or slug of a project you are a member of: the token then acts in that project only, and MLflow experiments without a project prefix (and the Default experiment) land there */
            project?: string | null;
        };
        CreateTransitionDto: {
            /**
             * @description Move past an unmet gate; needs a reason
             * @default false
             */
            override: boolean;
            reason?: string | null;
            /** @enum {string} */
            to: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            /** @description When given, a stale version is refused with 409 */
            version?: number;
        };
        CreateUserDto: {
            /** Format: email */
            email: string;
            /** @description Default: false */
            isAdmin?: boolean;
            name: string;
            password: string;
        };
        CreateWebhookDto: {
            /**
             * @description The events it receives
             * @default [
             *       "alert.opened",
             *       "alert.acknowledged",
             *       "alert.resolved",
             *       "model_version.registered",
             *       "model_version.reviewed",
             *       "model_alias.moved",
             *       "deployment.created",
             *       "deployment.status_changed",
             *       "deployment.traffic_shifted",
             *       "deployment.rolled_back",
             *       "iteration.opened",
             *       "iteration.closed"
             *     ]
             */
            events: ("alert.opened" | "alert.acknowledged" | "alert.resolved" | "model_version.registered" | "model_version.reviewed" | "model_alias.moved" | "deployment.created" | "deployment.status_changed" | "deployment.traffic_shifted" | "deployment.rolled_back" | "iteration.opened" | "iteration.closed")[];
            name: string;
            url: string;
        };
        DataSetDto_Output: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            format: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "TABLE" | "RELATIONAL" | "TIME_SERIES" | "TEXT" | "IMAGE" | "AUDIO" | "VIDEO" | "DOCUMENTS";
            /** @enum {string} */
            labelling: "LABELLED" | "UNLABELLED" | "PARTLY_LABELLED";
            /** @enum {string|null} */
            labelSource: "HUMAN" | "AUTOMATIC" | "SELF_SUPERVISED" | null;
            name: string;
            owner: string | null;
            /** Format: uuid */
            projectId: string;
            sourceUri: string | null;
            structured: boolean;
            /** Format: date-time */
            updatedAt: string;
            /** @description Newest first */
            versions: {
                collectionNotes: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                dataSetId: string;
                features: {
                    name: string;
                    type: string;
                }[];
                fingerprint: string;
                /** Format: uuid */
                id: string;
                itemCount: number;
                labelDistribution: {
                    [key: string]: number;
                };
                /** @description When the version is a DPO export of pairwise preferences: which (its lineage back to the feedback) */
                preferenceExport: {
                    createdBy: string;
                    /** Format: uuid */
                    id: string;
                    pairs: number;
                    ties: number;
                } | null;
                preprocessing: string[];
                sizeBytes: number | null;
                splits: {
                    count: number;
                    name: string;
                }[];
                usedBy: {
                    /** Format: uuid */
                    experimentId: string;
                    /** @enum {string} */
                    purpose: "TRAINING" | "EVALUATION";
                    /** Format: uuid */
                    runId: string;
                    runName: string;
                    split: string;
                }[];
                version: number;
            }[];
        };
        DataSetListDto_Output: {
            items: {
                /** Format: date-time */
                createdAt: string;
                description: string | null;
                format: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "TABLE" | "RELATIONAL" | "TIME_SERIES" | "TEXT" | "IMAGE" | "AUDIO" | "VIDEO" | "DOCUMENTS";
                /** @enum {string} */
                labelling: "LABELLED" | "UNLABELLED" | "PARTLY_LABELLED";
                /** @enum {string|null} */
                labelSource: "HUMAN" | "AUTOMATIC" | "SELF_SUPERVISED" | null;
                name: string;
                owner: string | null;
                /** Format: uuid */
                projectId: string;
                sourceUri: string | null;
                structured: boolean;
                /** Format: date-time */
                updatedAt: string;
                /** @description Newest first */
                versions: {
                    collectionNotes: string | null;
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: uuid */
                    dataSetId: string;
                    features: {
                        name: string;
                        type: string;
                    }[];
                    fingerprint: string;
                    /** Format: uuid */
                    id: string;
                    itemCount: number;
                    labelDistribution: {
                        [key: string]: number;
                    };
                    /** @description When the version is a DPO export of pairwise preferences: which (its lineage back to the feedback) */
                    preferenceExport: {
                        createdBy: string;
                        /** Format: uuid */
                        id: string;
                        pairs: number;
                        ties: number;
                    } | null;
                    preprocessing: string[];
                    sizeBytes: number | null;
                    splits: {
                        count: number;
                        name: string;
                    }[];
                    usedBy: {
                        /** Format: uuid */
                        experimentId: string;
                        /** @enum {string} */
                        purpose: "TRAINING" | "EVALUATION";
                        /** Format: uuid */
                        runId: string;
                        runName: string;
                        split: string;
                    }[];
                    version: number;
                }[];
            }[];
        };
        DeploymentDto_Output: {
            capacity: {
                [key: string]: (number | string) | null;
            };
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            endpointUrl: string | null;
            /** @enum {string} */
            environment: "DEV" | "STAGING" | "PRODUCTION";
            externalRef: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            projectId: string;
            schedule: string | null;
            /** @enum {string} */
            status: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED";
            /** @enum {string} */
            target: "REAL_TIME" | "SERVERLESS" | "ASYNCHRONOUS" | "BATCH" | "ON_PREMISES" | "FOUNDATION_MODEL";
            /** Format: date-time */
            updatedAt: string;
            variants: {
                baseModel: string | null;
                customization: string | null;
                modelVersion: {
                    /** @enum {string} */
                    approval: "PENDING" | "APPROVED" | "REJECTED";
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    modelId: string;
                    modelName: string;
                    version: number;
                } | null;
                name: string;
                /** @enum {string} */
                role: "PRIMARY" | "CANARY" | "SHADOW";
                samplingPercent: number | null;
                trafficPercent: number | null;
            }[];
            version: number;
        };
        DeploymentEventPageDto_Output: {
            items: {
                actor: string;
                /** Format: date-time */
                createdAt: string;
                /** @enum {string|null} */
                fromStatus: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED" | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "CREATED" | "STATUS_CHANGED" | "TRAFFIC_SHIFTED" | "ROLLED_BACK";
                override: boolean;
                reason: string | null;
                /** @enum {string|null} */
                toStatus: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED" | null;
                variants: {
                    baseModel: string | null;
                    customization: string | null;
                    modelVersion: {
                        /** @enum {string} */
                        approval: "PENDING" | "APPROVED" | "REJECTED";
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        modelId: string;
                        modelName: string;
                        version: number;
                    } | null;
                    name: string;
                    /** @enum {string} */
                    role: "PRIMARY" | "CANARY" | "SHADOW";
                    samplingPercent: number | null;
                    trafficPercent: number | null;
                }[] | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        DeploymentPageDto_Output: {
            items: {
                capacity: {
                    [key: string]: (number | string) | null;
                };
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                description: string | null;
                endpointUrl: string | null;
                /** @enum {string} */
                environment: "DEV" | "STAGING" | "PRODUCTION";
                externalRef: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                projectId: string;
                schedule: string | null;
                /** @enum {string} */
                status: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED";
                /** @enum {string} */
                target: "REAL_TIME" | "SERVERLESS" | "ASYNCHRONOUS" | "BATCH" | "ON_PREMISES" | "FOUNDATION_MODEL";
                /** Format: date-time */
                updatedAt: string;
                variants: {
                    baseModel: string | null;
                    customization: string | null;
                    modelVersion: {
                        /** @enum {string} */
                        approval: "PENDING" | "APPROVED" | "REJECTED";
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        modelId: string;
                        modelName: string;
                        version: number;
                    } | null;
                    name: string;
                    /** @enum {string} */
                    role: "PRIMARY" | "CANARY" | "SHADOW";
                    samplingPercent: number | null;
                    trafficPercent: number | null;
                }[];
                version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        DpoExportDto_Output: {
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            dataSetId: string;
            dataSetName: string;
            /** Format: uuid */
            dataSetVersionId: string;
            filter: {
                /** Format: uuid */
                deploymentId: string | null;
                from: string | null;
                /** @enum {string|null} */
                source: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE" | null;
                to: string | null;
            };
            /** @description sha256 of the file */
            fingerprint: string;
            /** Format: uuid */
            id: string;
            /** @description Lines written: preferences with a choice */
            pairs: number;
            sizeBytes: number;
            /** @description Ties in the filter, left out: they prefer nothing */
            ties: number;
            version: number;
        };
        DpoExportListDto_Output: {
            items: {
                createdAt: string;
                createdBy: string;
                /** Format: uuid */
                dataSetId: string;
                dataSetName: string;
                /** Format: uuid */
                dataSetVersionId: string;
                filter: {
                    /** Format: uuid */
                    deploymentId: string | null;
                    from: string | null;
                    /** @enum {string|null} */
                    source: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE" | null;
                    to: string | null;
                };
                /** @description sha256 of the file */
                fingerprint: string;
                /** Format: uuid */
                id: string;
                /** @description Lines written: preferences with a choice */
                pairs: number;
                sizeBytes: number;
                /** @description Ties in the filter, left out: they prefer nothing */
                ties: number;
                version: number;
            }[];
        };
        DriftReportDto_Output: {
            /** @description Null when the deployment has no active baseline */
            baseline: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            thresholds: {
                datasetShare: number;
                distance: number;
                psiModerate: number;
                psiSignificant: number;
                pValue: number;
            };
            windows: {
                count: number;
                dataset: {
                    datasetDrifted: boolean;
                    drifted: number;
                    features: number;
                    share: number;
                };
                features: {
                    [key: string]: {
                        /** @description The window's counts on the baseline's bins */
                        binCounts: number[];
                        drifted: boolean;
                        /** @enum {string|null} */
                        method: "ks" | "wasserstein" | "chi-square" | "jensen-shannon" | null;
                        note: string | null;
                        psi: number | null;
                        /** @enum {string|null} */
                        psiBand: "stable" | "moderate" | "significant" | null;
                        referenceCount: number;
                        score: number | null;
                        statistic: number | null;
                        threshold: number;
                        windowCount: number;
                        windowMissing: number;
                    };
                };
                from: string;
                prediction: {
                    /** @description The window's counts on the baseline's bins */
                    binCounts: number[];
                    drifted: boolean;
                    /** @enum {string|null} */
                    method: "ks" | "wasserstein" | "chi-square" | "jensen-shannon" | null;
                    note: string | null;
                    psi: number | null;
                    /** @enum {string|null} */
                    psiBand: "stable" | "moderate" | "significant" | null;
                    referenceCount: number;
                    score: number | null;
                    statistic: number | null;
                    threshold: number;
                    windowCount: number;
                    windowMissing: number;
                } | null;
                to: string;
            }[];
        };
        ErrorResponseDto: {
            /** @description Stable machine-readable error code, e.g. PROJECT_NOT_FOUND */
            code: string;
            correlationId: string;
            details?: {
                code?: string;
                message: string;
                /** @description Dotted path of the offending field, for validation errors */
                path?: string;
            }[];
            /** @description HTTP reason phrase */
            error: string;
            message: string;
            statusCode: number;
        };
        EvaluationDto_Output: {
            classification: {
                accuracy: number;
                curves: {
                    averagePrecision: number;
                    positiveLabel: string;
                    pr: {
                        x: number;
                        y: number;
                    }[];
                    roc: {
                        x: number;
                        y: number;
                    }[];
                    rocAuc: number;
                } | null;
                labels: string[];
                macro: {
                    f1: number;
                    precision: number;
                    recall: number;
                };
                matrix: number[][];
                perClass: {
                    f1: number;
                    label: string;
                    precision: number;
                    predicted: number;
                    recall: number;
                    support: number;
                }[];
                total: number;
                weighted: {
                    f1: number;
                    precision: number;
                    recall: number;
                };
            } | null;
            /** Format: date-time */
            createdAt: string;
            generation: {
                humanRatings: {
                    count: number;
                    mean: number;
                    scaleMax: number | null;
                } | null;
                scores: {
                    [key: string]: number;
                };
            } | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "CLASSIFICATION" | "REGRESSION" | "GENERATION";
            metrics: {
                [key: string]: number | null;
            };
            name: string | null;
            regression: {
                count: number | null;
                mae: number;
                mape: number | null;
                mapeExcluded: number | null;
                mse: number;
                r2: number | null;
                residuals: {
                    counts: number[];
                    edges: number[];
                } | null;
                rmse: number;
                sample: [
                    number,
                    number
                ][];
            } | null;
            /** Format: uuid */
            runId: string;
            /** @enum {string} */
            split: "validation" | "test";
        };
        EvaluationListDto_Output: {
            items: {
                classification: {
                    accuracy: number;
                    curves: {
                        averagePrecision: number;
                        positiveLabel: string;
                        pr: {
                            x: number;
                            y: number;
                        }[];
                        roc: {
                            x: number;
                            y: number;
                        }[];
                        rocAuc: number;
                    } | null;
                    labels: string[];
                    macro: {
                        f1: number;
                        precision: number;
                        recall: number;
                    };
                    matrix: number[][];
                    perClass: {
                        f1: number;
                        label: string;
                        precision: number;
                        predicted: number;
                        recall: number;
                        support: number;
                    }[];
                    total: number;
                    weighted: {
                        f1: number;
                        precision: number;
                        recall: number;
                    };
                } | null;
                /** Format: date-time */
                createdAt: string;
                generation: {
                    humanRatings: {
                        count: number;
                        mean: number;
                        scaleMax: number | null;
                    } | null;
                    scores: {
                        [key: string]: number;
                    };
                } | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "CLASSIFICATION" | "REGRESSION" | "GENERATION";
                metrics: {
                    [key: string]: number | null;
                };
                name: string | null;
                regression: {
                    count: number | null;
                    mae: number;
                    mape: number | null;
                    mapeExcluded: number | null;
                    mse: number;
                    r2: number | null;
                    residuals: {
                        counts: number[];
                        edges: number[];
                    } | null;
                    rmse: number;
                    sample: [
                        number,
                        number
                    ][];
                } | null;
                /** Format: uuid */
                runId: string;
                /** @enum {string} */
                split: "validation" | "test";
            }[];
        };
        ExperimentDto_Output: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set when deleted through MLflow's experiments/delete, which deletes its runs too; restore brings both back
             */
            deletedAt: string | null;
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            projectId: string;
            tags: {
                [key: string]: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        ExperimentListDto_Output: {
            items: {
                /** Format: date-time */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description Set when deleted through MLflow's experiments/delete, which deletes its runs too; restore brings both back
                 */
                deletedAt: string | null;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                projectId: string;
                tags: {
                    [key: string]: string;
                };
                /** Format: date-time */
                updatedAt: string;
            }[];
        };
        FitThresholdsDto_Output: {
            maxGap: number;
            minPoints: number;
            riseTolerance: number;
            steepImprovement: number;
            tail: number;
        };
        FitThresholdsInputDto: {
            /** @description Largest relative validation–training gap before overfitting (default 0.2) */
            maxGap?: number;
            /** @description Points each curve needs (default 5) */
            minPoints?: number;
            /** @description Relative rise of validation error after its best tolerated (default 0.05) */
            riseTolerance?: number;
            /** @description Relative improvement over the tail that means training stopped early (default 0.05) */
            steepImprovement?: number;
            /** @description The last share of the steps looked at for late trends (default 0.2) */
            tail?: number;
        };
        FramingDto_Output: {
            /** @enum {string|null} */
            applicationArea: "text_classification" | "sentiment_analysis" | "machine_translation" | "language_generation" | "image_classification" | "object_detection" | "image_segmentation" | "speech_synthesis" | "recommendation" | "forecasting" | "document_processing" | "other" | null;
            /** @enum {string|null} */
            approach: "train_from_scratch" | "transfer_learning" | "fine_tuning" | "adapters_lora" | "rag" | "prompt_engineering" | "continued_pretraining" | null;
            baseModel: string | null;
            complete: boolean;
            costConstraint: string | null;
            latencyConstraint: string | null;
            /** @enum {string|null} */
            learningParadigm: "supervised" | "unsupervised_clustering" | "unsupervised_association" | "unsupervised_anomaly" | "semi_supervised" | "self_supervised" | "reinforcement" | "rlhf" | null;
            /** @description Fields still needed for a complete framing */
            missing: string[];
            mlAppropriate: boolean | null;
            mlRationale: string | null;
            /** @enum {string|null} */
            modelFamily: "knn" | "linear_regression" | "logistic_regression" | "naive_bayes" | "svm" | "decision_tree" | "tree_ensemble" | "cnn" | "resnet" | "rnn" | "lstm" | "gru" | "transformer_llm" | "bert_encoder" | "diffusion" | "gan" | "vae" | "wavenet" | "other" | null;
            privacyConstraint: string | null;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            successKpiId: string | null;
            successMetric: string | null;
            /** @enum {string|null} */
            taskType: "binary_classification" | "multiclass_classification" | "multilabel_classification" | "regression" | "forecasting" | "clustering" | "association_rules" | "anomaly_detection" | "ranking" | "object_detection" | "segmentation" | "generation" | "question_answering" | "sequential_decision" | null;
            /**
             * Format: date-time
             * @description null until the framing is first saved
             */
            updatedAt: string | null;
        };
        HealthDto_Output: {
            database: {
                embedded: boolean;
                error?: string;
                latencyMs: number | null;
                /** @enum {string} */
                status: "up" | "down";
            };
            /** @enum {string} */
            status: "ok" | "degraded";
            uptimeSeconds: number;
            version: string;
        };
        InferenceRecordPageDto_Output: {
            items: {
                /** @description Cost of the request, in the project's currency */
                cost?: number;
                /** @description Set when the prediction failed */
                error?: string;
                features: {
                    [key: string]: (number | string | boolean) | null;
                };
                inputTokens?: number;
                latencyMs?: number;
                outputTokens?: number;
                prediction: {
                    /** @description A classifier's answer */
                    label?: string | number | boolean;
                    /** @description Score per class */
                    scores?: {
                        [key: string]: number;
                    };
                    /** @description Generated text */
                    text?: string;
                    /** @description A regressor's answer */
                    value?: number;
                };
                /** @description The client's id, unique per deployment: a repeated id is ignored (counted as a duplicate) */
                predictionId: string;
                receivedAt: string;
                /**
                 * Format: date-time
                 * @description When the prediction was made; within the retention period and at most a day ahead
                 */
                timestamp: string;
                /** @description The deployment variant that answered */
                variant?: string;
            }[];
            /** @description Pass as cursor for the next (older) page */
            nextCursor: string | null;
        };
        InvitationDto_Output: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            invitedBy: string;
            project: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
            };
            /** @enum {string} */
            role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
        };
        InvitationListDto_Output: {
            items: {
                /** Format: date-time */
                createdAt: string;
                email: string;
                /** Format: uuid */
                id: string;
                invitedBy: string;
                project: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    slug: string;
                };
                /** @enum {string} */
                role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
            }[];
        };
        InviteMemberDto: {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
        };
        IterationDto_Output: {
            changes: {
                description: string;
                /** @enum {string} */
                kind: "NEW_DATA" | "FEATURES" | "HYPERPARAMETERS" | "APPROACH" | "PROMPT" | "OTHER";
            }[];
            closedAt: string | null;
            closedBy: string | null;
            closeNote: string | null;
            hypothesis: string | null;
            /** Format: uuid */
            id: string;
            kpisAfter: {
                /** @enum {string} */
                direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
                kpiId: string;
                name: string;
                status: string;
                target: number | null;
                unit: string | null;
                value: number | null;
            }[] | null;
            kpisBefore: {
                /** @enum {string} */
                direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
                kpiId: string;
                name: string;
                status: string;
                target: number | null;
                unit: string | null;
                value: number | null;
            }[];
            /** @enum {string|null} */
            loopedTo: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION" | null;
            number: number;
            openedAt: string;
            openedBy: string;
            /** @description What was live when it closed */
            outcome: string | null;
            startedAt: string | null;
            /** @enum {string} */
            status: "PLANNED" | "STARTED" | "CLOSED";
            triggers: {
                /** Format: uuid */
                alertId: string | null;
                createdAt: string;
                createdBy: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "ALERT" | "DRIFT" | "KPI_AT_RISK" | "FEEDBACK" | "REQUIREMENT";
                /** Format: uuid */
                kpiId: string | null;
                /** Format: uuid */
                monitorId: string | null;
                note: string | null;
                /** @description What the trigger was, as recorded */
                summary: string;
                /** @description The same figure when the iteration closed */
                valueAfter: number | null;
                /** @description The figure when it was recorded: the alert's value, the monitor's or the KPI's latest */
                valueBefore: number | null;
            }[];
        };
        IterationPageDto_Output: {
            items: {
                changes: {
                    description: string;
                    /** @enum {string} */
                    kind: "NEW_DATA" | "FEATURES" | "HYPERPARAMETERS" | "APPROACH" | "PROMPT" | "OTHER";
                }[];
                closedAt: string | null;
                closedBy: string | null;
                closeNote: string | null;
                hypothesis: string | null;
                /** Format: uuid */
                id: string;
                kpisAfter: {
                    /** @enum {string} */
                    direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
                    kpiId: string;
                    name: string;
                    status: string;
                    target: number | null;
                    unit: string | null;
                    value: number | null;
                }[] | null;
                kpisBefore: {
                    /** @enum {string} */
                    direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
                    kpiId: string;
                    name: string;
                    status: string;
                    target: number | null;
                    unit: string | null;
                    value: number | null;
                }[];
                /** @enum {string|null} */
                loopedTo: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION" | null;
                number: number;
                openedAt: string;
                openedBy: string;
                /** @description What was live when it closed */
                outcome: string | null;
                startedAt: string | null;
                /** @enum {string} */
                status: "PLANNED" | "STARTED" | "CLOSED";
                triggers: {
                    /** Format: uuid */
                    alertId: string | null;
                    createdAt: string;
                    createdBy: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "ALERT" | "DRIFT" | "KPI_AT_RISK" | "FEEDBACK" | "REQUIREMENT";
                    /** Format: uuid */
                    kpiId: string | null;
                    /** Format: uuid */
                    monitorId: string | null;
                    note: string | null;
                    /** @description What the trigger was, as recorded */
                    summary: string;
                    /** @description The same figure when the iteration closed */
                    valueAfter: number | null;
                    /** @description The figure when it was recorded: the alert's value, the monitor's or the KPI's latest */
                    valueBefore: number | null;
                }[];
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        KpiDto_Output: {
            assessment: {
                current: number | null;
                /** Format: date-time */
                currentAt: string | null;
                met: boolean;
                onTrack: boolean | null;
                /** @description Share of the way from baseline to target, 0 to 1 */
                progress: number | null;
                projectedAtDeadline: number | null;
                /** @enum {string} */
                status: "MET" | "ON_TRACK" | "AT_RISK" | "NO_DATA";
            };
            baseline: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            deadline: string | null;
            description: string | null;
            /** @enum {string} */
            direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
            /** @description For a KPI linked to a metric: how the runs' test evaluations measure up (a KPI in % compares with the figure × 100) */
            evidence: {
                best: {
                    /** Format: uuid */
                    experimentId: string;
                    /** Format: uuid */
                    runId: string;
                    runName: string;
                    value: number;
                } | null;
                runsEvaluated: number;
                /** @description Runs whose latest test evaluation meets the target */
                runsMeeting: number;
            } | null;
            /** Format: uuid */
            id: string;
            measurementCount: number;
            metricKey: string | null;
            name: string;
            /** Format: uuid */
            projectId: string;
            target: number | null;
            /** @description The latest measurements, oldest first, for a sparkline */
            trend: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                measuredAt: string;
                note: string | null;
                source: string | null;
                value: number;
            }[];
            unit: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        KpiListDto_Output: {
            items: {
                assessment: {
                    current: number | null;
                    /** Format: date-time */
                    currentAt: string | null;
                    met: boolean;
                    onTrack: boolean | null;
                    /** @description Share of the way from baseline to target, 0 to 1 */
                    progress: number | null;
                    projectedAtDeadline: number | null;
                    /** @enum {string} */
                    status: "MET" | "ON_TRACK" | "AT_RISK" | "NO_DATA";
                };
                baseline: number | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date */
                deadline: string | null;
                description: string | null;
                /** @enum {string} */
                direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
                /** @description For a KPI linked to a metric: how the runs' test evaluations measure up (a KPI in % compares with the figure × 100) */
                evidence: {
                    best: {
                        /** Format: uuid */
                        experimentId: string;
                        /** Format: uuid */
                        runId: string;
                        runName: string;
                        value: number;
                    } | null;
                    runsEvaluated: number;
                    /** @description Runs whose latest test evaluation meets the target */
                    runsMeeting: number;
                } | null;
                /** Format: uuid */
                id: string;
                measurementCount: number;
                metricKey: string | null;
                name: string;
                /** Format: uuid */
                projectId: string;
                target: number | null;
                /** @description The latest measurements, oldest first, for a sparkline */
                trend: {
                    /** Format: uuid */
                    id: string;
                    /** Format: date-time */
                    measuredAt: string;
                    note: string | null;
                    source: string | null;
                    value: number;
                }[];
                unit: string | null;
                /** Format: date-time */
                updatedAt: string;
            }[];
        };
        LinkRunDataDto: {
            /** @enum {string} */
            purpose: "TRAINING" | "EVALUATION";
            split: string;
            /** Format: uuid */
            versionId: string;
        };
        LogActualsDto: {
            actuals: {
                /** @description The true class */
                label?: string | number | boolean;
                /** @description The prediction it is the truth for */
                predictionId: string;
                /** @description The true number */
                value?: number;
            }[];
        };
        LogActualsResultDto_Output: {
            /** @description Actuals for a prediction that already had one (or repeated in the request): ignored, the first is kept */
            duplicates: number;
            /** @description Actuals joined with their prediction and counted in its hour's production metrics */
            joined: number;
            /** @description Actuals for prediction ids the deployment does not have (never sent, or past the retention): not kept */
            unknown: number;
            /** @description The first 100 of them */
            unknownPredictionIds: string[];
        };
        LogBatchDto: {
            metrics?: {
                key: string;
                /** @enum {string} */
                split?: "train" | "validation" | "test";
                /** @description Default 0 */
                step?: number;
                /**
                 * Format: date-time
                 * @description Default: when the server receives it
                 */
                timestamp?: string;
                value: number | ("NaN" | "Infinity" | "-Infinity");
            }[];
            params?: {
                key: string;
                value: number | string | boolean;
            }[];
            tags?: {
                key: string;
                value: string;
            }[];
        };
        LogParamDto: {
            key: string;
            value: number | string | boolean;
        };
        LogPreferencesDto: {
            preferences: {
                a: {
                    /** @description A name for what produced it when it is not registered, e.g. "prompt v3" */
                    label?: string;
                    /**
                     * Format: uuid
                     * @description The model or prompt version that produced it (a version of the project's registry)
                     */
                    modelVersionId?: string;
                    /** @description The answer, exactly as shown */
                    response: string;
                };
                /** @description Who chose; default: the caller */
                author?: string;
                b: {
                    /** @description A name for what produced it when it is not registered, e.g. "prompt v3" */
                    label?: string;
                    /**
                     * Format: uuid
                     * @description The model or prompt version that produced it (a version of the project's registry)
                     */
                    modelVersionId?: string;
                    /** @description The answer, exactly as shown */
                    response: string;
                };
                /**
                 * @description A or B (the better answer), or TIE
                 * @enum {string}
                 */
                choice: "A" | "B" | "TIE";
                /**
                 * Format: uuid
                 * @description The deployment it was collected on
                 */
                deploymentId?: string;
                /** @description The deployment's prediction it compares */
                predictionId?: string;
                /** @description What both answers answer */
                prompt: string;
                reason?: string;
                /**
                 * @default END_USER
                 * @enum {string}
                 */
                source: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
                /**
                 * Format: date-time
                 * @description When it was chosen (default now)
                 */
                timestamp?: string;
            }[];
        };
        LogPreferencesResultDto_Output: {
            accepted: number;
        };
        LogRecordsDto: {
            records: {
                /** @description Cost of the request, in the project's currency */
                cost?: number;
                /** @description Set when the prediction failed */
                error?: string;
                features: {
                    [key: string]: (number | string | boolean) | null;
                };
                inputTokens?: number;
                latencyMs?: number;
                outputTokens?: number;
                prediction: {
                    /** @description A classifier's answer */
                    label?: string | number | boolean;
                    /** @description Score per class */
                    scores?: {
                        [key: string]: number;
                    };
                    /** @description Generated text */
                    text?: string;
                    /** @description A regressor's answer */
                    value?: number;
                };
                /** @description The client's id, unique per deployment: a repeated id is ignored (counted as a duplicate) */
                predictionId: string;
                /**
                 * Format: date-time
                 * @description When the prediction was made; within the retention period and at most a day ahead
                 */
                timestamp: string;
                /** @description The deployment variant that answered */
                variant?: string;
            }[];
        };
        LogRecordsResultDto_Output: {
            accepted: number;
            /** @description The first 100 of them */
            duplicatePredictionIds: string[];
            /** @description Records whose prediction id the deployment already had (or that repeated one earlier in the request): ignored */
            duplicates: number;
            /** @description Whether an active baseline profiled the accepted records for drift */
            profiled: boolean;
        };
        LogScoresDto: {
            scores: {
                /** @description Who gave it (an end user's id, an expert's name); default: the caller */
                author?: string;
                comment?: string;
                /** @description The score config's name */
                config: string;
                /** @description The prediction it scores; without it, the deployment as a whole */
                predictionId?: string;
                /**
                 * @default END_USER
                 * @enum {string}
                 */
                source: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
                /**
                 * Format: date-time
                 * @description When it was given (default now)
                 */
                timestamp?: string;
                /** @description A number in the config's range, one of its options, a boolean, or text */
                value: number | string | boolean;
            }[];
        };
        LogScoresResultDto_Output: {
            accepted: number;
        };
        MeasurementDto_Output: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            measuredAt: string;
            note: string | null;
            source: string | null;
            value: number;
        };
        MeasurementPageDto_Output: {
            items: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                measuredAt: string;
                note: string | null;
                source: string | null;
                value: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        MeDto_Output: {
            /** @description Send it as X-CSRF-Token on every change made with the session cookie */
            csrfToken: string | null;
            isAdmin: boolean;
            /** @enum {string} */
            method: "session" | "token" | "env";
            name: string;
            /** @description null for the LIFECYCLE_ADMIN_TOKEN */
            user: {
                /** @description False once an admin deactivated the user: no sign-in, sessions or tokens */
                active: boolean;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deactivatedAt: string | null;
                email: string;
                /** Format: uuid */
                id: string;
                isAdmin: boolean;
                name: string;
            } | null;
        };
        MemberDto_Output: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
            /** Format: uuid */
            userId: string;
        };
        MemberListDto_Output: {
            items: {
                /** Format: date-time */
                createdAt: string;
                email: string;
                name: string;
                /** @enum {string} */
                role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
                /** Format: uuid */
                userId: string;
            }[];
        };
        MetricHistoryPageDto_Output: {
            items: {
                step: number;
                /** Format: date-time */
                timestamp: string;
                value: number | ("NaN" | "Infinity" | "-Infinity");
            }[];
            nextCursor: string | null;
        };
        MetricInputDto: {
            key: string;
            /** @enum {string} */
            split?: "train" | "validation" | "test";
            /** @description Default 0 */
            step?: number;
            /**
             * Format: date-time
             * @description Default: when the server receives it
             */
            timestamp?: string;
            value: number | ("NaN" | "Infinity" | "-Infinity");
        };
        ModelVersionDto_Output: {
            aliases: string[];
            approach: string | null;
            approval: {
                /** Format: date-time */
                at: string | null;
                by: string | null;
                override: boolean;
                problems: string[];
                reason: string | null;
                /** @enum {string} */
                status: "PENDING" | "APPROVED" | "REJECTED";
            };
            baseModel: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            dataSetVersion: {
                /** Format: uuid */
                dataSetId: string;
                dataSetName: string;
                /** Format: uuid */
                id: string;
                version: number;
            } | null;
            description: string | null;
            evidence: {
                /** Format: date-time */
                capturedAt: string;
                /** Format: uuid */
                experimentId: string | null;
                experimentName: string | null;
                fitVerdict: string | null;
                params: {
                    [key: string]: string;
                };
                /** Format: uuid */
                runId: string | null;
                runName: string | null;
                testMetrics: {
                    [key: string]: number | null;
                };
            };
            format: string | null;
            /** Format: uuid */
            id: string;
            modelCard: {
                ethicalConsiderations: string | null;
                intendedUse: string | null;
                limitations: string | null;
                notes: string | null;
            };
            /** Format: uuid */
            modelId: string;
            modelName: string;
            /** Format: uuid */
            runId: string | null;
            sizeBytes: number | null;
            source: string;
            /** @description MLflow's deprecated stage (None, Staging, Production, Archived), kept for old clients */
            stage: string;
            tags: {
                [key: string]: string;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ModelVersionPageDto_Output: {
            items: {
                aliases: string[];
                approach: string | null;
                approval: {
                    /** Format: date-time */
                    at: string | null;
                    by: string | null;
                    override: boolean;
                    problems: string[];
                    reason: string | null;
                    /** @enum {string} */
                    status: "PENDING" | "APPROVED" | "REJECTED";
                };
                baseModel: string | null;
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                dataSetVersion: {
                    /** Format: uuid */
                    dataSetId: string;
                    dataSetName: string;
                    /** Format: uuid */
                    id: string;
                    version: number;
                } | null;
                description: string | null;
                evidence: {
                    /** Format: date-time */
                    capturedAt: string;
                    /** Format: uuid */
                    experimentId: string | null;
                    experimentName: string | null;
                    fitVerdict: string | null;
                    params: {
                        [key: string]: string;
                    };
                    /** Format: uuid */
                    runId: string | null;
                    runName: string | null;
                    testMetrics: {
                        [key: string]: number | null;
                    };
                };
                format: string | null;
                /** Format: uuid */
                id: string;
                modelCard: {
                    ethicalConsiderations: string | null;
                    intendedUse: string | null;
                    limitations: string | null;
                    notes: string | null;
                };
                /** Format: uuid */
                modelId: string;
                modelName: string;
                /** Format: uuid */
                runId: string | null;
                sizeBytes: number | null;
                source: string;
                /** @description MLflow's deprecated stage (None, Staging, Production, Archived), kept for old clients */
                stage: string;
                tags: {
                    [key: string]: string;
                };
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        MonitorDto_Output: {
            alert: number;
            /** @enum {string} */
            cadence: "1h" | "6h" | "1d";
            createdAt: string;
            createdBy: string | null;
            /** Format: uuid */
            deploymentId: string;
            feature: string | null;
            /** @enum {string} */
            figure: "volume" | "error_rate" | "latency_p95" | "cost_per_request" | "dataset_drift_share" | "feature_psi" | "prediction_psi" | "accuracy" | "f1_macro" | "rmse" | "mae" | "feedback_mean";
            /** Format: uuid */
            id: string;
            kpiId: string | null;
            lastValue: number | null;
            lastWindowTo: string | null;
            name: string;
            nextDueAt: string;
            /** @enum {string} */
            noData: "NO_DATA" | "OK" | "ALERT";
            openAlerts: number;
            /** @enum {string} */
            operator: "gt" | "gte" | "lt" | "lte";
            /**
             * @description Null until a window was evaluated
             * @enum {string|null}
             */
            state: "OK" | "WARNING" | "ALERT" | "NO_DATA" | null;
            warning: number | null;
            /** @enum {string} */
            window: "1h" | "6h" | "1d";
        };
        MonitorEvaluationPageDto_Output: {
            items: {
                evaluatedAt: string;
                /** @enum {string} */
                state: "OK" | "WARNING" | "ALERT" | "NO_DATA";
                value: number | null;
                windowFrom: string;
                windowTo: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        MonitorListDto_Output: {
            items: {
                alert: number;
                /** @enum {string} */
                cadence: "1h" | "6h" | "1d";
                createdAt: string;
                createdBy: string | null;
                /** Format: uuid */
                deploymentId: string;
                feature: string | null;
                /** @enum {string} */
                figure: "volume" | "error_rate" | "latency_p95" | "cost_per_request" | "dataset_drift_share" | "feature_psi" | "prediction_psi" | "accuracy" | "f1_macro" | "rmse" | "mae" | "feedback_mean";
                /** Format: uuid */
                id: string;
                kpiId: string | null;
                lastValue: number | null;
                lastWindowTo: string | null;
                name: string;
                nextDueAt: string;
                /** @enum {string} */
                noData: "NO_DATA" | "OK" | "ALERT";
                openAlerts: number;
                /** @enum {string} */
                operator: "gt" | "gte" | "lt" | "lte";
                /**
                 * @description Null until a window was evaluated
                 * @enum {string|null}
                 */
                state: "OK" | "WARNING" | "ALERT" | "NO_DATA" | null;
                warning: number | null;
                /** @enum {string} */
                window: "1h" | "6h" | "1d";
            }[];
        };
        MoveExperimentDto: {
            /** @description The project to move the experiment and its runs to: id or slug (you need the contributor role there) */
            toProject: string;
        };
        PasswordResetLinkDto_Output: {
            /** Format: date-time */
            expiresAt: string;
            /** @description Shown once: open it to set a new password */
            url: string;
        };
        PerformanceReportDto_Output: {
            /** @description What the deployed version scored on its test split, to compare production with */
            reference: {
                /** @description The primary variant's model version, e.g. scorer v3 */
                modelVersion: string;
                testMetrics: {
                    [key: string]: number | null;
                };
            } | null;
            /** @description The whole span at once */
            total: ({
                /** @enum {string} */
                kind: "classification";
                labels: string[];
                /** @description Rows the actual class, columns the predicted one */
                matrix: number[][];
                report: {
                    accuracy: number;
                    macro: {
                        f1: number;
                        precision: number;
                        recall: number;
                    };
                    perClass: {
                        f1: number;
                        label: string;
                        precision: number;
                        predicted: number;
                        recall: number;
                        support: number;
                    }[];
                    total: number;
                    weighted: {
                        f1: number;
                        precision: number;
                        recall: number;
                    };
                };
            } | {
                /** @enum {string} */
                kind: "regression";
                metrics: {
                    count: number;
                    mae: number;
                    mape: number | null;
                    mapeExcluded: number;
                    mse: number;
                    r2: number | null;
                    rmse: number;
                };
            }) | null;
            windows: {
                from: string;
                labelled: number;
                report: ({
                    /** @enum {string} */
                    kind: "classification";
                    labels: string[];
                    /** @description Rows the actual class, columns the predicted one */
                    matrix: number[][];
                    report: {
                        accuracy: number;
                        macro: {
                            f1: number;
                            precision: number;
                            recall: number;
                        };
                        perClass: {
                            f1: number;
                            label: string;
                            precision: number;
                            predicted: number;
                            recall: number;
                            support: number;
                        }[];
                        total: number;
                        weighted: {
                            f1: number;
                            precision: number;
                            recall: number;
                        };
                    };
                } | {
                    /** @enum {string} */
                    kind: "regression";
                    metrics: {
                        count: number;
                        mae: number;
                        mape: number | null;
                        mapeExcluded: number;
                        mse: number;
                        r2: number | null;
                        rmse: number;
                    };
                }) | null;
                to: string;
            }[];
        };
        PreferencePageDto_Output: {
            items: {
                a: {
                    label: string | null;
                    /** Format: uuid */
                    modelVersionId: string | null;
                    response: string;
                    /** @description What produced it, for people: "faq-bot v2", or the label */
                    version: string;
                };
                author: string;
                b: {
                    label: string | null;
                    /** Format: uuid */
                    modelVersionId: string | null;
                    response: string;
                    /** @description What produced it, for people: "faq-bot v2", or the label */
                    version: string;
                };
                /** @enum {string} */
                choice: "A" | "B" | "TIE";
                /** Format: uuid */
                deploymentId: string | null;
                /** Format: uuid */
                id: string;
                predictionId: string | null;
                prompt: string;
                reason: string | null;
                /** @enum {string} */
                source: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
                timestamp: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        ProjectDto_Output: {
            budget: number | null;
            budgetCurrency: string | null;
            businessGoal: string | null;
            businessProblem: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            currentStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            description: string | null;
            /** Format: uuid */
            id: string;
            iteration: number;
            kpiSummary: {
                atRisk: number;
                met: number;
                noData: number;
                onTrack: number;
                /** @enum {string} */
                status: "NO_KPIS" | "MET" | "ON_TRACK" | "AT_RISK" | "NO_DATA";
                total: number;
            };
            /** @description What serves production now: the primary variant of the most recently changed serving production deployment */
            liveInProduction: {
                customization: string | null;
                deploymentName: string;
                /** @description The registered model, or the base model of a foundation-model deployment */
                modelName: string | null;
                /** @enum {string} */
                status: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED";
                version: number | null;
            } | null;
            /**
             * @description Your role in the project (instance admins act as leads)
             * @enum {string|null}
             */
            myRole: "VIEWER" | "CONTRIBUTOR" | "LEAD" | null;
            name: string;
            /** @description Alerts of the project's monitors not resolved yet */
            openAlerts: number;
            owner: string | null;
            slug: string;
            /** Format: date-time */
            stageEnteredAt: string;
            stakeholders: string[];
            /** @enum {string} */
            status: "ACTIVE" | "ARCHIVED" | "CLOSED";
            successCriteria: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ProjectPageDto_Output: {
            items: {
                budget: number | null;
                budgetCurrency: string | null;
                businessGoal: string | null;
                businessProblem: string | null;
                /** Format: date-time */
                createdAt: string;
                /** @enum {string} */
                currentStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                description: string | null;
                /** Format: uuid */
                id: string;
                iteration: number;
                kpiSummary: {
                    atRisk: number;
                    met: number;
                    noData: number;
                    onTrack: number;
                    /** @enum {string} */
                    status: "NO_KPIS" | "MET" | "ON_TRACK" | "AT_RISK" | "NO_DATA";
                    total: number;
                };
                /** @description What serves production now: the primary variant of the most recently changed serving production deployment */
                liveInProduction: {
                    customization: string | null;
                    deploymentName: string;
                    /** @description The registered model, or the base model of a foundation-model deployment */
                    modelName: string | null;
                    /** @enum {string} */
                    status: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED";
                    version: number | null;
                } | null;
                /**
                 * @description Your role in the project (instance admins act as leads)
                 * @enum {string|null}
                 */
                myRole: "VIEWER" | "CONTRIBUTOR" | "LEAD" | null;
                name: string;
                /** @description Alerts of the project's monitors not resolved yet */
                openAlerts: number;
                owner: string | null;
                slug: string;
                /** Format: date-time */
                stageEnteredAt: string;
                stakeholders: string[];
                /** @enum {string} */
                status: "ACTIVE" | "ARCHIVED" | "CLOSED";
                successCriteria: string | null;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
            page: number;
            pageSize: number;
            /** @description How many projects each stage holds under the same filters, whatever the page or the stage asked for: the board's column counts */
            stageCounts: {
                [key: string]: number;
            };
            total: number;
        };
        ProjectStageDto_Output: {
            checklist: {
                done: boolean;
                /** Format: date-time */
                doneAt: string | null;
                /** Format: uuid */
                id: string;
                label: string;
                position: number;
                /** @enum {string} */
                stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            }[];
            /** Format: date-time */
            endedAt: string | null;
            gate: {
                checks: {
                    id: string;
                    label: string;
                    passed: boolean;
                    reason: string;
                }[];
                passed: boolean;
                /** @enum {string} */
                stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            };
            isCurrent: boolean;
            label: string;
            notes: string | null;
            /** @enum {string} */
            stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "BLOCKED";
        };
        RegisteredModelDto_Output: {
            aliases: {
                alias: string;
                version: number;
            }[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string | null;
            /** Format: uuid */
            id: string;
            latestVersion: {
                /** @enum {string} */
                approval: "PENDING" | "APPROVED" | "REJECTED";
                /** Format: date-time */
                createdAt: string;
                version: number;
            } | null;
            name: string;
            owner: string | null;
            /** Format: uuid */
            projectId: string;
            tags: {
                [key: string]: string;
            };
            /** Format: date-time */
            updatedAt: string;
            versionCount: number;
        };
        RegisteredModelPageDto_Output: {
            items: {
                aliases: {
                    alias: string;
                    version: number;
                }[];
                /** Format: date-time */
                createdAt: string;
                createdBy: string | null;
                description: string | null;
                /** Format: uuid */
                id: string;
                latestVersion: {
                    /** @enum {string} */
                    approval: "PENDING" | "APPROVED" | "REJECTED";
                    /** Format: date-time */
                    createdAt: string;
                    version: number;
                } | null;
                name: string;
                owner: string | null;
                /** Format: uuid */
                projectId: string;
                tags: {
                    [key: string]: string;
                };
                /** Format: date-time */
                updatedAt: string;
                versionCount: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        ResetPasswordDto: {
            password: string;
            token: string;
        };
        ReviewModelVersionDto: {
            /** @enum {string} */
            decision: "APPROVED" | "REJECTED";
            /** @description Approve although the evidence does not meet the KPI-linked checks (lead only, audited) */
            override?: boolean;
            /** @description Why: kept with the decision */
            reason: string;
        };
        RollBackDeploymentDto: {
            reason: string;
        };
        RunComparisonDto_Output: {
            /** @description Each series' latest value per run */
            metrics: {
                key: string;
                split: string | null;
                values: ((number | ("NaN" | "Infinity" | "-Infinity")) | null)[];
            }[];
            /** @description Well-known keys first; values line up with runs, null where a run lacks the param */
            params: {
                differs: boolean;
                key: string;
                values: ((number | string | boolean) | null)[];
            }[];
            /** @description In the order asked for */
            runs: {
                approach: string | null;
                baseModel: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deletedAt: string | null;
                durationMs: number | null;
                /** Format: date-time */
                endTime: string | null;
                /** Format: uuid */
                experimentId: string;
                /**
                 * @description The latest fit diagnosis; search it as fit = 'overfit'
                 * @enum {string|null}
                 */
                fitVerdict: "NOT_ENOUGH_DATA" | "UNDERFIT" | "OVERFIT" | "BALANCED" | null;
                /** Format: uuid */
                id: string;
                iteration: number;
                /** @description The project's metric-linked KPIs against the run's latest test evaluation */
                kpis: {
                    /** Format: uuid */
                    kpiId: string;
                    met: boolean;
                    name: string;
                    value: number | null;
                }[];
                metrics: {
                    count: number;
                    key: string;
                    latest: number | ("NaN" | "Infinity" | "-Infinity");
                    /** Format: date-time */
                    latestAt: string;
                    latestStep: number;
                    max: number | ("NaN" | "Infinity" | "-Infinity");
                    min: number | ("NaN" | "Infinity" | "-Infinity");
                    split: string | null;
                }[];
                name: string;
                notes: string | null;
                /** @description Well-known keys first */
                params: {
                    key: string;
                    /** @description The value exactly as it was sent (MLflow clients send text: 1.0 stays 1.0); search and the write-once rule compare it */
                    text: string;
                    /** @enum {string} */
                    type: "number" | "string" | "boolean";
                    value: number | string | boolean;
                }[];
                source: string | null;
                /** Format: date-time */
                startTime: string;
                /** @enum {string} */
                status: "SCHEDULED" | "RUNNING" | "FINISHED" | "FAILED" | "KILLED";
                tags: {
                    [key: string]: string;
                };
                /** Format: date-time */
                updatedAt: string;
            }[];
        };
        RunDataDto_Output: {
            /** Format: uuid */
            dataSetId: string;
            dataSetName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            purpose: "TRAINING" | "EVALUATION";
            split: string;
            version: number;
            /** Format: uuid */
            versionId: string;
        };
        RunDataListDto_Output: {
            items: {
                /** Format: uuid */
                dataSetId: string;
                dataSetName: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                purpose: "TRAINING" | "EVALUATION";
                split: string;
                version: number;
                /** Format: uuid */
                versionId: string;
            }[];
        };
        RunDto_Output: {
            approach: string | null;
            baseModel: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deletedAt: string | null;
            durationMs: number | null;
            /** Format: date-time */
            endTime: string | null;
            /** Format: uuid */
            experimentId: string;
            /**
             * @description The latest fit diagnosis; search it as fit = 'overfit'
             * @enum {string|null}
             */
            fitVerdict: "NOT_ENOUGH_DATA" | "UNDERFIT" | "OVERFIT" | "BALANCED" | null;
            /** Format: uuid */
            id: string;
            iteration: number;
            /** @description The project's metric-linked KPIs against the run's latest test evaluation */
            kpis: {
                /** Format: uuid */
                kpiId: string;
                met: boolean;
                name: string;
                value: number | null;
            }[];
            metrics: {
                count: number;
                key: string;
                latest: number | ("NaN" | "Infinity" | "-Infinity");
                /** Format: date-time */
                latestAt: string;
                latestStep: number;
                max: number | ("NaN" | "Infinity" | "-Infinity");
                min: number | ("NaN" | "Infinity" | "-Infinity");
                split: string | null;
            }[];
            name: string;
            notes: string | null;
            /** @description Well-known keys first */
            params: {
                key: string;
                /** @description The value exactly as it was sent (MLflow clients send text: 1.0 stays 1.0); search and the write-once rule compare it */
                text: string;
                /** @enum {string} */
                type: "number" | "string" | "boolean";
                value: number | string | boolean;
            }[];
            source: string | null;
            /** Format: date-time */
            startTime: string;
            /** @enum {string} */
            status: "SCHEDULED" | "RUNNING" | "FINISHED" | "FAILED" | "KILLED";
            tags: {
                [key: string]: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        RunFitDto_Output: {
            /** @description Metrics logged on both train and validation */
            available: string[];
            diagnosis: {
                evidence: {
                    bestStep: number | null;
                    bestValidation: number | null;
                    bias: number | null;
                    finalTrain: number | null;
                    finalValidation: number | null;
                    gap: number | null;
                    spreadAcrossRuns: number | null;
                    tailImprovement: number | null;
                    validationRise: number | null;
                    variance: number | null;
                };
                reason: string;
                thresholds: {
                    maxGap: number;
                    minPoints: number;
                    riseTolerance: number;
                    steepImprovement: number;
                    tail: number;
                };
                /** @enum {string} */
                verdict: "NOT_ENOUGH_DATA" | "UNDERFIT" | "OVERFIT" | "BALANCED";
            } | null;
            /** @enum {string} */
            direction: "LOWER_IS_BETTER" | "HIGHER_IS_BETTER";
            /** @description null when no metric has both train and validation points */
            metric: string | null;
            /** @description The linked KPI's target, when one is linked to the metric */
            target: number | null;
        };
        RunInputListDto_Output: {
            items: {
                /** @description training, validation, testing … (the mlflow.data.context tag) */
                context: string | null;
                /** Format: date-time */
                createdAt: string;
                digest: string;
                /** Format: uuid */
                id: string;
                name: string;
                profile: string | null;
                schema: string | null;
                /** @description The source as the client described it (JSON text for MLflow's sources) */
                source: string;
                /** @description e.g. local, http, s3, hugging_face, code */
                sourceType: string;
                tags: {
                    [key: string]: string;
                };
            }[];
        };
        RunPageDto_Output: {
            items: {
                approach: string | null;
                baseModel: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deletedAt: string | null;
                durationMs: number | null;
                /** Format: date-time */
                endTime: string | null;
                /** Format: uuid */
                experimentId: string;
                /**
                 * @description The latest fit diagnosis; search it as fit = 'overfit'
                 * @enum {string|null}
                 */
                fitVerdict: "NOT_ENOUGH_DATA" | "UNDERFIT" | "OVERFIT" | "BALANCED" | null;
                /** Format: uuid */
                id: string;
                iteration: number;
                /** @description The project's metric-linked KPIs against the run's latest test evaluation */
                kpis: {
                    /** Format: uuid */
                    kpiId: string;
                    met: boolean;
                    name: string;
                    value: number | null;
                }[];
                metrics: {
                    count: number;
                    key: string;
                    latest: number | ("NaN" | "Infinity" | "-Infinity");
                    /** Format: date-time */
                    latestAt: string;
                    latestStep: number;
                    max: number | ("NaN" | "Infinity" | "-Infinity");
                    min: number | ("NaN" | "Infinity" | "-Infinity");
                    split: string | null;
                }[];
                name: string;
                notes: string | null;
                /** @description Well-known keys first */
                params: {
                    key: string;
                    /** @description The value exactly as it was sent (MLflow clients send text: 1.0 stays 1.0); search and the write-once rule compare it */
                    text: string;
                    /** @enum {string} */
                    type: "number" | "string" | "boolean";
                    value: number | string | boolean;
                }[];
                source: string | null;
                /** Format: date-time */
                startTime: string;
                /** @enum {string} */
                status: "SCHEDULED" | "RUNNING" | "FINISHED" | "FAILED" | "KILLED";
                tags: {
                    [key: string]: string;
                };
                /** Format: date-time */
                updatedAt: string;
            }[];
            nextCursor: string | null;
        };
        SampledMetricsDto_Output: {
            series: {
                key: string;
                points: {
                    step: number;
                    value: number | ("NaN" | "Infinity" | "-Infinity");
                }[];
                /** Format: uuid */
                runId: string;
                /** @description Whether points were left out; each bucket keeps its lowest and highest point */
                sampled: boolean;
                total: number;
            }[];
        };
        SavedArtifactDto_Output: {
            path: string;
            size: number;
        };
        SaveTagDto: {
            key: string;
            value: string;
        };
        ScoreConfigDto_Output: {
            createdAt: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            max: number | null;
            min: number | null;
            name: string;
            options: string[];
            /** @description Scores given with it */
            scores: number;
            /** @enum {string} */
            type: "NUMERIC" | "CATEGORICAL" | "BOOLEAN" | "TEXT";
        };
        ScoreConfigListDto_Output: {
            items: {
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                max: number | null;
                min: number | null;
                name: string;
                options: string[];
                /** @description Scores given with it */
                scores: number;
                /** @enum {string} */
                type: "NUMERIC" | "CATEGORICAL" | "BOOLEAN" | "TEXT";
            }[];
        };
        ScorePageDto_Output: {
            items: {
                author: string;
                comment: string | null;
                config: string;
                /** Format: uuid */
                id: string;
                predictionId: string | null;
                /** @enum {string} */
                source: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
                timestamp: string;
                value: number | string | boolean;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        ScoreSummaryDto_Output: {
            config: {
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                max: number | null;
                min: number | null;
                name: string;
                options: string[];
                /** @description Scores given with it */
                scores: number;
                /** @enum {string} */
                type: "NUMERIC" | "CATEGORICAL" | "BOOLEAN" | "TEXT";
            };
            windows: {
                count: number;
                /** @description Per option, for a categorical score */
                counts: {
                    [key: string]: number;
                };
                from: string;
                /** @description Numbers as given, booleans as 1 / 0 */
                mean: number | null;
                to: string;
            }[];
        };
        SecurityEventPageDto_Output: {
            items: {
                actorName: string;
                /** Format: date-time */
                createdAt: string;
                detail: {
                    [key: string]: unknown;
                } | null;
                /** Format: uuid */
                id: string;
                ip: string | null;
                /** Format: uuid */
                projectId: string | null;
                /** @enum {string} */
                type: "SIGN_IN_SUCCEEDED" | "SIGN_IN_FAILED" | "SIGNED_OUT" | "PASSWORD_CHANGED" | "ADMIN_CREATED" | "USER_CREATED" | "TOKEN_CREATED" | "TOKEN_REVOKED" | "MEMBER_ADDED" | "MEMBER_ROLE_CHANGED" | "MEMBER_REMOVED" | "GATE_OVERRIDDEN" | "EXPERIMENT_MOVED" | "MEMBER_INVITED" | "INVITATION_REVOKED" | "APPROVAL_OVERRIDDEN" | "DEPLOYMENT_OVERRIDDEN" | "USER_DEACTIVATED" | "USER_REACTIVATED" | "PASSWORD_RESET_ISSUED" | "PASSWORD_RESET" | "ACCOUNT_UNLOCKED";
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        SetAliasDto: {
            reason?: string | null;
            version: number;
        };
        SetupAdminDto: {
            /** Format: email */
            email: string;
            name: string;
            password: string;
            /** @description The one-time setup token the server printed at start */
            token: string;
        };
        ShiftTrafficDto: {
            override?: boolean;
            reason?: string | null;
            variants: {
                /** @description For a foundation model: the hosted base model */
                baseModel?: string | null;
                /** @description The adapter or prompt version applied to the base model at runtime */
                customization?: string | null;
                /**
                 * Format: uuid
                 * @description The model version served (its id)
                 */
                modelVersionId?: string | null;
                name: string;
                /** @enum {string} */
                role: "PRIMARY" | "CANARY" | "SHADOW";
                /** @description Shadow: share of requests mirrored to it */
                samplingPercent?: number | null;
                /** @description Primary and canary: share of live traffic; all of them add up to 100 */
                trafficPercent?: number | null;
            }[];
            /** @description The deployment's version you read, to refuse a stale change */
            version?: number;
        };
        SignInDto: {
            /** Format: email */
            email: string;
            password: string;
        };
        StageBoardDto_Output: {
            /** @enum {string} */
            currentStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            iteration: number;
            /** Format: uuid */
            projectId: string;
            stages: {
                checklist: {
                    done: boolean;
                    /** Format: date-time */
                    doneAt: string | null;
                    /** Format: uuid */
                    id: string;
                    label: string;
                    position: number;
                    /** @enum {string} */
                    stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                }[];
                /** Format: date-time */
                endedAt: string | null;
                gate: {
                    checks: {
                        id: string;
                        label: string;
                        passed: boolean;
                        reason: string;
                    }[];
                    passed: boolean;
                    /** @enum {string} */
                    stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                };
                isCurrent: boolean;
                label: string;
                notes: string | null;
                /** @enum {string} */
                stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                /** Format: date-time */
                startedAt: string | null;
                /** @enum {string} */
                status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "BLOCKED";
            }[];
            /** @description Moves allowed from the current stage */
            transitions: {
                gated: boolean;
                /** @enum {string} */
                kind: "ADVANCE" | "LOOP" | "RETURN";
                /** @enum {string} */
                to: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            }[];
            version: number;
        };
        TrafficReportDto_Output: {
            windows: {
                cost: number;
                costPerRequest: number | null;
                count: number;
                errorRate: number | null;
                errors: number;
                from: string;
                inputTokens: number;
                latencyP50Ms: number | null;
                latencyP95Ms: number | null;
                outputTokens: number;
                to: string;
            }[];
        };
        TransitionPageDto_Output: {
            items: {
                actor: string;
                /** Format: date-time */
                createdAt: string;
                fromIteration: number;
                /** @enum {string} */
                fromStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                /** @description The gate of the stage left, as evaluated at the time; null for returns */
                gate: {
                    checks: {
                        id: string;
                        label: string;
                        passed: boolean;
                        reason: string;
                    }[];
                    passed: boolean;
                    /** @enum {string} */
                    stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                } | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "ADVANCE" | "LOOP" | "RETURN";
                override: boolean;
                reason: string | null;
                toIteration: number;
                /** @enum {string} */
                toStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        TransitionResultDto_Output: {
            project: {
                budget: number | null;
                budgetCurrency: string | null;
                businessGoal: string | null;
                businessProblem: string | null;
                /** Format: date-time */
                createdAt: string;
                /** @enum {string} */
                currentStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                description: string | null;
                /** Format: uuid */
                id: string;
                iteration: number;
                kpiSummary: {
                    atRisk: number;
                    met: number;
                    noData: number;
                    onTrack: number;
                    /** @enum {string} */
                    status: "NO_KPIS" | "MET" | "ON_TRACK" | "AT_RISK" | "NO_DATA";
                    total: number;
                };
                /** @description What serves production now: the primary variant of the most recently changed serving production deployment */
                liveInProduction: {
                    customization: string | null;
                    deploymentName: string;
                    /** @description The registered model, or the base model of a foundation-model deployment */
                    modelName: string | null;
                    /** @enum {string} */
                    status: "PLANNED" | "DEPLOYING" | "LIVE" | "DEGRADED" | "ROLLED_BACK" | "FAILED" | "RETIRED";
                    version: number | null;
                } | null;
                /**
                 * @description Your role in the project (instance admins act as leads)
                 * @enum {string|null}
                 */
                myRole: "VIEWER" | "CONTRIBUTOR" | "LEAD" | null;
                name: string;
                /** @description Alerts of the project's monitors not resolved yet */
                openAlerts: number;
                owner: string | null;
                slug: string;
                /** Format: date-time */
                stageEnteredAt: string;
                stakeholders: string[];
                /** @enum {string} */
                status: "ACTIVE" | "ARCHIVED" | "CLOSED";
                successCriteria: string | null;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            };
            transition: {
                actor: string;
                /** Format: date-time */
                createdAt: string;
                fromIteration: number;
                /** @enum {string} */
                fromStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                /** @description The gate of the stage left, as evaluated at the time; null for returns */
                gate: {
                    checks: {
                        id: string;
                        label: string;
                        passed: boolean;
                        reason: string;
                    }[];
                    passed: boolean;
                    /** @enum {string} */
                    stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                } | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "ADVANCE" | "LOOP" | "RETURN";
                override: boolean;
                reason: string | null;
                toIteration: number;
                /** @enum {string} */
                toStage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            };
        };
        TriggerInputDto: {
            /**
             * Format: uuid
             * @description For ALERT: the alert
             */
            alertId?: string;
            /** @enum {string} */
            kind: "ALERT" | "DRIFT" | "KPI_AT_RISK" | "FEEDBACK" | "REQUIREMENT";
            /**
             * Format: uuid
             * @description For KPI_AT_RISK: the KPI
             */
            kpiId?: string;
            /**
             * Format: uuid
             * @description For DRIFT: the monitor that drifted
             */
            monitorId?: string;
            /** @description What was seen; required for FEEDBACK and REQUIREMENT */
            note?: string;
        };
        UpdateAnnotationItemDto: {
            /**
             * Format: uuid
             * @description A project member, or null to leave it for whoever claims it
             */
            assigneeId?: string | null;
            /**
             * @description SKIPPED: set it aside; PENDING: put a skipped item back
             * @enum {string}
             */
            status?: "PENDING" | "SKIPPED";
        };
        UpdateChecklistItemDto: {
            done?: boolean;
            label?: string;
        };
        UpdateDataSetDto: {
            description?: string | null;
            /** @description e.g. CSV, Parquet, JPEG, JSONL */
            format?: string | null;
            /** @enum {string} */
            kind?: "TABLE" | "RELATIONAL" | "TIME_SERIES" | "TEXT" | "IMAGE" | "AUDIO" | "VIDEO" | "DOCUMENTS";
            /** @enum {string} */
            labelling?: "LABELLED" | "UNLABELLED" | "PARTLY_LABELLED";
            /**
             * @description Who labelled it; none for unlabelled data
             * @enum {string|null}
             */
            labelSource?: "HUMAN" | "AUTOMATIC" | "SELF_SUPERVISED" | null;
            name?: string;
            owner?: string | null;
            /** @description Where the data lives, e.g. s3://bucket/path or a database table */
            sourceUri?: string | null;
        };
        UpdateExperimentDto: {
            description?: string | null;
            name?: string;
            /** @description Replaces the tags */
            tags?: {
                [key: string]: string;
            };
        };
        UpdateIterationDto: {
            changes?: {
                description: string;
                /** @enum {string} */
                kind: "NEW_DATA" | "FEATURES" | "HYPERPARAMETERS" | "APPROACH" | "PROMPT" | "OTHER";
            }[];
            hypothesis?: string | null;
        };
        UpdateKpiDto: {
            baseline?: number | null;
            /**
             * Format: date
             * @description Calendar date (YYYY-MM-DD) the target is due
             */
            deadline?: string | null;
            description?: string | null;
            /** @enum {string} */
            direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
            /** @description Experiment metric this KPI is measured by, e.g. f1_macro */
            metricKey?: string | null;
            name?: string;
            target?: number | null;
            unit?: string | null;
        };
        UpdateMeasurementDto: {
            /**
             * Format: date-time
             * @description Defaults to now
             */
            measuredAt?: string;
            note?: string | null;
            source?: string | null;
            value?: number;
        };
        UpdateMemberDto: {
            /** @enum {string} */
            role: "VIEWER" | "CONTRIBUTOR" | "LEAD";
        };
        UpdateModelVersionDto: {
            description?: string | null;
            format?: string | null;
            modelCard?: {
                ethicalConsiderations?: string | null;
                intendedUse?: string | null;
                limitations?: string | null;
                notes?: string | null;
            };
            sizeBytes?: number | null;
            tags?: {
                [key: string]: string;
            };
        };
        UpdateProjectDto: {
            budget?: number | null;
            budgetCurrency?: string | null;
            businessGoal?: string | null;
            businessProblem?: string | null;
            description?: string | null;
            name?: string;
            owner?: string | null;
            slug?: string;
            stakeholders?: string[];
            /** @enum {string} */
            status?: "ACTIVE" | "ARCHIVED" | "CLOSED";
            successCriteria?: string | null;
            /** @description The version you read; a stale one is refused with 409 */
            version: number;
        };
        UpdateRegisteredModelDto: {
            description?: string | null;
            /** @description Unique in the project; no '/' */
            name?: string;
            owner?: string | null;
            tags?: {
                [key: string]: string;
            };
        };
        UpdateRunDto: {
            /** Format: date-time */
            endTime?: string | null;
            name?: string;
            notes?: string | null;
            /**
             * @description Ending a run sets its end time unless one is given
             * @enum {string}
             */
            status?: "SCHEDULED" | "RUNNING" | "FINISHED" | "FAILED" | "KILLED";
        };
        UpdateStageDto: {
            notes?: string | null;
            /** @enum {string} */
            status?: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "BLOCKED";
        };
        UpdateWebhookDto: {
            active?: boolean;
            /** @description The events it receives */
            events?: ("alert.opened" | "alert.acknowledged" | "alert.resolved" | "model_version.registered" | "model_version.reviewed" | "model_alias.moved" | "deployment.created" | "deployment.status_changed" | "deployment.traffic_shifted" | "deployment.rolled_back" | "iteration.opened" | "iteration.closed")[];
            name?: string;
            url?: string;
        };
        UpsertFramingDto: {
            /** @enum {string|null} */
            applicationArea?: "text_classification" | "sentiment_analysis" | "machine_translation" | "language_generation" | "image_classification" | "object_detection" | "image_segmentation" | "speech_synthesis" | "recommendation" | "forecasting" | "document_processing" | "other" | null;
            /** @enum {string|null} */
            approach?: "train_from_scratch" | "transfer_learning" | "fine_tuning" | "adapters_lora" | "rag" | "prompt_engineering" | "continued_pretraining" | null;
            baseModel?: string | null;
            costConstraint?: string | null;
            latencyConstraint?: string | null;
            /** @enum {string|null} */
            learningParadigm?: "supervised" | "unsupervised_clustering" | "unsupervised_association" | "unsupervised_anomaly" | "semi_supervised" | "self_supervised" | "reinforcement" | "rlhf" | null;
            mlAppropriate?: boolean | null;
            mlRationale?: string | null;
            /** @enum {string|null} */
            modelFamily?: "knn" | "linear_regression" | "logistic_regression" | "naive_bayes" | "svm" | "decision_tree" | "tree_ensemble" | "cnn" | "resnet" | "rnn" | "lstm" | "gru" | "transformer_llm" | "bert_encoder" | "diffusion" | "gan" | "vae" | "wavenet" | "other" | null;
            privacyConstraint?: string | null;
            /**
             * Format: uuid
             * @description The KPI the success metric serves
             */
            successKpiId?: string | null;
            successMetric?: string | null;
            /** @enum {string|null} */
            taskType?: "binary_classification" | "multiclass_classification" | "multilabel_classification" | "regression" | "forecasting" | "clustering" | "association_rules" | "anomaly_detection" | "ranking" | "object_detection" | "segmentation" | "generation" | "question_answering" | "sequential_decision" | null;
        };
        UserDto_Output: {
            /** @description False once an admin deactivated the user: no sign-in, sessions or tokens */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deactivatedAt: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            isAdmin: boolean;
            name: string;
        };
        UserListDto_Output: {
            items: {
                /** @description False once an admin deactivated the user: no sign-in, sessions or tokens */
                active: boolean;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deactivatedAt: string | null;
                email: string;
                /** @description Failed sign-ins in the last 15 minutes (from any address) */
                failedSignIns: number;
                /** Format: uuid */
                id: string;
                isAdmin: boolean;
                name: string;
            }[];
        };
        VocabulariesDto_Output: {
            applicationAreas: {
                description?: string;
                label: string;
                value: string;
            }[];
            approaches: {
                description?: string;
                label: string;
                value: string;
            }[];
            learningParadigms: {
                description?: string;
                label: string;
                value: string;
            }[];
            modelFamilies: {
                description?: string;
                label: string;
                value: string;
            }[];
            taskTypes: {
                description?: string;
                label: string;
                value: string;
            }[];
        };
        WebhookDeliveryDto_Output: {
            attempts: {
                at: string;
                durationMs: number;
                error: string | null;
                /** @description The start of the receiver's answer */
                response: string | null;
                statusCode: number | null;
            }[];
            /** @description The exact body sent (and signed) */
            body: string;
            createdAt: string;
            deliveredAt: string | null;
            event: ("alert.opened" | "alert.acknowledged" | "alert.resolved" | "model_version.registered" | "model_version.reviewed" | "model_alias.moved" | "deployment.created" | "deployment.status_changed" | "deployment.traffic_shifted" | "deployment.rolled_back" | "iteration.opened" | "iteration.closed") | "ping";
            /** Format: uuid */
            id: string;
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "PENDING" | "DELIVERED" | "FAILED";
            /** Format: uuid */
            webhookId: string;
        };
        WebhookDeliveryPageDto_Output: {
            items: {
                attempts: {
                    at: string;
                    durationMs: number;
                    error: string | null;
                    /** @description The start of the receiver's answer */
                    response: string | null;
                    statusCode: number | null;
                }[];
                /** @description The exact body sent (and signed) */
                body: string;
                createdAt: string;
                deliveredAt: string | null;
                event: ("alert.opened" | "alert.acknowledged" | "alert.resolved" | "model_version.registered" | "model_version.reviewed" | "model_alias.moved" | "deployment.created" | "deployment.status_changed" | "deployment.traffic_shifted" | "deployment.rolled_back" | "iteration.opened" | "iteration.closed") | "ping";
                /** Format: uuid */
                id: string;
                nextAttemptAt: string | null;
                /** @enum {string} */
                status: "PENDING" | "DELIVERED" | "FAILED";
                /** Format: uuid */
                webhookId: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        WebhookDto_Output: {
            active: boolean;
            createdAt: string;
            createdBy: string | null;
            events: ("alert.opened" | "alert.acknowledged" | "alert.resolved" | "model_version.registered" | "model_version.reviewed" | "model_alias.moved" | "deployment.created" | "deployment.status_changed" | "deployment.traffic_shifted" | "deployment.rolled_back" | "iteration.opened" | "iteration.closed")[];
            /** Format: uuid */
            id: string;
            lastDelivery: {
                at: string;
                /** @enum {string} */
                status: "PENDING" | "DELIVERED" | "FAILED";
                statusCode: number | null;
            } | null;
            name: string;
            secretHint: string;
            url: string;
        };
        WebhookListDto_Output: {
            items: {
                active: boolean;
                createdAt: string;
                createdBy: string | null;
                events: ("alert.opened" | "alert.acknowledged" | "alert.resolved" | "model_version.registered" | "model_version.reviewed" | "model_alias.moved" | "deployment.created" | "deployment.status_changed" | "deployment.traffic_shifted" | "deployment.rolled_back" | "iteration.opened" | "iteration.closed")[];
                /** Format: uuid */
                id: string;
                lastDelivery: {
                    at: string;
                    /** @enum {string} */
                    status: "PENDING" | "DELIVERED" | "FAILED";
                    statusCode: number | null;
                } | null;
                name: string;
                secretHint: string;
                url: string;
            }[];
        };
        WebhookWithSecretDto_Output: {
            active: boolean;
            createdAt: string;
            createdBy: string | null;
            events: ("alert.opened" | "alert.acknowledged" | "alert.resolved" | "model_version.registered" | "model_version.reviewed" | "model_alias.moved" | "deployment.created" | "deployment.status_changed" | "deployment.traffic_shifted" | "deployment.rolled_back" | "iteration.opened" | "iteration.closed")[];
            /** Format: uuid */
            id: string;
            lastDelivery: {
                at: string;
                /** @enum {string} */
                status: "PENDING" | "DELIVERED" | "FAILED";
                statusCode: number | null;
            } | null;
            name: string;
            /** @description Signs every body: X-Lifecycle-Signature is sha256= and the hex HMAC-SHA256 of the body with it. Shown once. */
            secret: string;
            secretHint: string;
            url: string;
        };
        WinRatesDto_Output: {
            headToHead: {
                comparisons: number;
                opponent: string;
                variant: string;
                winRate: number;
            }[];
            /** @description Preferences in the filter */
            preferences: number;
            variants: {
                comparisons: number;
                high: number;
                losses: number;
                /** @description Wilson's 95 % interval */
                low: number;
                /** Format: uuid */
                modelVersionId: string | null;
                ties: number;
                /** @description The model version's id, or the label */
                variant: string;
                /** @description For people */
                version: string;
                /** @description (wins + ties / 2) / comparisons */
                winRate: number;
                wins: number;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description App and database status; 503 with the same body when the database is down */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who you are, and the CSRF token for changes made with the session cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    setupFirstAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetupAdminDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAuthStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the first admin still has to be created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthStatusDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listMyInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your pending invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    declineInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepts an invitation: you become a member with its role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedMemberDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                owner?: string;
                page?: number;
                pageSize?: number;
                /** @description Instead of one page: the first N projects of every stage in the sort order (the board's first screen); the rest of a stage is its pages with stage= and pageSize=N */
                perStage?: number;
                /** @description Text search in name, slug, description, goal and owner */
                q?: string;
                sort?: "name" | "createdAt" | "updatedAt" | "stageEnteredAt";
                stage?: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
                /** @description Default: active and closed projects; archived ones only when asked for */
                status?: "ACTIVE" | "ARCHIVED" | "CLOSED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects, filtered, sorted and paged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            /** @description The created project, in its first stage, with you as its lead */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            /** @description The updated project; a stale version answers 409 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description UNRESOLVED: open or acknowledged */
                status?: "OPEN" | "ACKNOWLEDGED" | "RESOLVED" | "UNRESOLVED";
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's alerts, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    acknowledgeAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alertId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertActionDto"];
            };
        };
        responses: {
            /** @description Someone is on it (who, when and a note are kept); only an open alert */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    resolveAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alertId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertActionDto"];
            };
        };
        responses: {
            /** @description Closes an open or acknowledged alert (who, when and a note are kept); the monitor may open a new one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAnnotationQueues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's annotation queues with their progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationQueueListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createAnnotationQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnnotationQueueDto"];
            };
        };
        responses: {
            /** @description A queue of predictions to score (with the score configs each gets) or of pairs to choose between */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationQueueDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getAnnotationQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                queueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A queue, its progress and each reviewer's */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationQueueDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteAnnotationQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                queueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    claimAnnotationItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                queueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's next item to review: theirs first, then an unassigned one (now theirs) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimAnnotationResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listAnnotationItems: {
        parameters: {
            query?: {
                assignee?: string | "me" | "none";
                page?: number;
                pageSize?: number;
                status?: "PENDING" | "DONE" | "SKIPPED";
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                queueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue's items in order, by status or assignee (me, none, or a user's id) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationItemPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    addAnnotationItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAnnotationItemsDto"];
            };
        };
        responses: {
            /** @description Adds predictions (named, or a random sample of a window) or pairs, dealt to the assignees in turn */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddAnnotationItemsResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateAnnotationItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                /** @description Project id or slug */
                projectId: string;
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAnnotationItemDto"];
            };
        };
        responses: {
            /** @description Reassigns an open item, or skips it (and puts it back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationItemDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    annotateAnnotationItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                /** @description Project id or slug */
                projectId: string;
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnotateItemDto"];
            };
        };
        responses: {
            /** @description Answers an item: its scores (recorded as a domain expert's) or the choice between its answers (a preference) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnotationItemDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteChecklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateChecklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChecklistItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listDataSets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's data sets with their versions (newest first), splits and the runs that used them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSetListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createDataSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataSetDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSetDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getDataSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataSetId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSetDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteDataSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataSetId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateDataSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataSetId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDataSetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSetDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createDataSetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataSetId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataSetVersionDto"];
            };
        };
        responses: {
            /** @description Adds an immutable version, numbered after the last; its split counts must add up to itemCount */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSetDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listDeployments: {
        parameters: {
            query?: {
                environment?: "DEV" | "STAGING" | "PRODUCTION";
                includeRetired?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Production first, then staging and dev; retired ones only with includeRetired=true */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeploymentDto"];
            };
        };
        responses: {
            /** @description Live traffic of the variants adds up to 100 %; production needs approved versions (409) unless a lead overrides with a reason */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logActuals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogActualsDto"];
            };
        };
        responses: {
            /** @description Up to 10,000 actuals (the true label or value) by prediction id, checked whole first; each joins its prediction's hour in the production metrics. A second actual for a prediction is ignored; unknown prediction ids are listed and not kept. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogActualsResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listBaselines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createProductionBaseline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductionBaselineDto"];
            };
        };
        responses: {
            /** @description A baseline from a window of the deployment's own records (up to 200,000) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getBaseline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                baselineId: string;
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    setActiveBaseline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                baselineId: string;
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Drift is measured against this baseline from now on; records are profiled on it as they arrive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createBaselineFromUpload: {
        parameters: {
            query: {
                activate?: "true" | "false";
                /** @description The data set version whose split these rows are */
                dataSetVersionId?: string;
                name: string;
                /** @description The column holding the model's prediction (or label); the others are features */
                predictionColumn?: string;
                /** @description e.g. train */
                split?: string;
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        /** @description CSV with a header line, or JSON lines of flat objects; up to 200,000 rows, read as they arrive */
        requestBody: {
            content: {
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description A baseline from a data set version's split, its rows streamed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaselineDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getDrift: {
        parameters: {
            query?: {
                /** @description Default: a day before `to` */
                from?: string;
                /** @description Default: now */
                to?: string;
                window?: "1h" | "6h" | "1d";
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per window, each feature's and the prediction's drift from the active baseline: Kolmogorov–Smirnov p-value (numeric, reference ≤ 1,000 values) or Wasserstein distance / reference std; chi-square p-value (categorical, reference ≤ 1,000) or Jensen–Shannon distance; PSI on the baseline's bins; data set drift when at least half the features drift */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DriftReportDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listDeploymentEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timeline, newest first: created, status changes, traffic shifts, rollbacks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentEventPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listMonitors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment's monitors with their state and open alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMonitorDto"];
            };
        };
        responses: {
            /** @description Watches one figure per window (volume, error rate, latency p95, cost per request, data set drift share, a feature's or the prediction's PSI) against warning and alert thresholds; evaluated on schedule from the last complete window */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                monitorId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                monitorId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    evaluateMonitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                monitorId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Evaluates the last complete window now (once: a window already evaluated keeps its result) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listMonitorEvaluations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                deploymentId: string;
                monitorId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each evaluated window, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitorEvaluationPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getPerformance: {
        parameters: {
            query?: {
                /** @description Default: a day before `to` */
                from?: string;
                /** @description Default: now */
                to?: string;
                window?: "1h" | "6h" | "1d";
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per window, production metrics of the predictions that have actuals — confusion matrix and per-class precision, recall, F1, or MAE, RMSE, R², MAPE, as offline evaluations — and the deployed version's test figures beside them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceReportDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listRecords: {
        parameters: {
            query?: {
                cursor?: string;
                from?: string;
                pageSize?: number;
                to?: string;
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment's records, newest first, kept for the retention period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InferenceRecordPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key with the same batch writes nothing and answers the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogRecordsDto"];
            };
        };
        responses: {
            /** @description Up to 10,000 inference records; the whole batch is checked first (a 400 names the record and field). A prediction id the deployment already has is ignored and counted as a duplicate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogRecordsResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    rollBackDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollBackDeploymentDto"];
            };
        };
        responses: {
            /** @description Restores the variant set before the latest change, in one call, with the reason kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listScores: {
        parameters: {
            query?: {
                config?: string;
                page?: number;
                pageSize?: number;
                predictionId?: string;
                source?: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment's scores, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorePageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogScoresDto"];
            };
        };
        responses: {
            /** @description Up to 1,000 scores on the deployment's predictions (by id) or on the deployment, from end users, experts, stakeholders or judges; the whole batch is checked first */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogScoresResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getScoreSummary: {
        parameters: {
            query: {
                /** @description The score config's name */
                config: string;
                /** @description Default: a day before `to` */
                from?: string;
                /** @description Default: now */
                to?: string;
                window?: "1h" | "6h" | "1d";
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One score config over time: per window, the count, the mean (booleans as 1 / 0) and the count of each option */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSummaryDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    changeDeploymentStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeDeploymentStatusDto"];
            };
        };
        responses: {
            /** @description planned → deploying → live → degraded …, retired last */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getTraffic: {
        parameters: {
            query?: {
                /** @description Default: a day before `to` */
                from?: string;
                /** @description Default: now */
                to?: string;
                window?: "1h" | "6h" | "1d";
            };
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Volume, errors, latency p50 / p95, tokens and cost per window */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrafficReportDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    changeDeploymentTraffic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deploymentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShiftTrafficDto"];
            };
        };
        responses: {
            /** @description Replaces the variant set (shift a canary's share, add a shadow …) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listExperiments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's experiments, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExperimentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experimentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experimentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experimentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExperimentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    changeExperimentProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experimentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveExperimentDto"];
            };
        };
        responses: {
            /** @description The experiment, with its runs, now in the other project (e.g. out of the MLflow imports project). Moving out needs the lead role here (it takes the runs out of this project, as deleting does) and the contributor role there; it is in the security log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    restoreExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experimentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment deleted through MLflow, back with the runs deleted along with it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listRuns: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description e.g. metrics.loss < 0.5 AND params.optimizer = 'adam' */
                filter?: string;
                includeDeleted?: "true" | "false";
                /** @description e.g. metrics.loss ASC; default: newest first */
                orderBy?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                experimentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment's runs, newest first; follow nextCursor for more */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                experimentId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRunDto"];
            };
        };
        responses: {
            /** @description A new run in the experiment, at the project's current iteration */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getFitThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's fit diagnosis thresholds, defaults filled in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FitThresholdsDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateFitThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FitThresholdsInputDto"];
            };
        };
        responses: {
            /** @description Changes the thresholds given; the others stay */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FitThresholdsDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getFraming: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem framing; every field null before it is first saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FramingDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    saveFraming: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertFramingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FramingDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listProjectInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending invitations (leads) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            /** @description Invites an email (leads): the same answer whether or not it has an account; the invitee accepts once signed in */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listIterations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's iterations after the first, newest first: triggers, plan, KPIs before and after */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IterationPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    openIteration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIterationDto"];
            };
        };
        responses: {
            /** @description Opens the next iteration from its triggers (alerts, drift, KPIs at risk, feedback, changed requirements) with a hypothesis and planned changes; looping back starts it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IterationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getIteration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                iterationId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IterationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateIteration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                iterationId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIterationDto"];
            };
        };
        responses: {
            /** @description Revises the hypothesis or the planned changes until it closes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IterationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    closeIteration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                iterationId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseIterationDto"];
            };
        };
        responses: {
            /** @description Closes the started iteration once a new version is live in production, keeping the KPIs and the triggering figures after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IterationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    addIterationTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                iterationId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriggerInputDto"];
            };
        };
        responses: {
            /** @description Records one more reason for it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IterationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listKpis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's KPIs with their current assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createKpi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKpiDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getKpi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kpiId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteKpi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kpiId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateKpi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kpiId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateKpiDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listKpiMeasurements: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                kpiId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Measurements, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    addKpiMeasurement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key again writes nothing and answers the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                kpiId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasurementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteKpiMeasurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kpiId: string;
                measurementId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateKpiMeasurement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kpiId: string;
                measurementId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeasurementDto"];
            };
        };
        responses: {
            /** @description Corrects a measurement: its value, when it was measured, its source or note */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasurementDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's members and their roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            /** @description Adds an existing user by email (admins, who see every user; leads invite instead, which tells nothing of who has an account) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            /** @description Changes a member's role; the last lead cannot be demoted (leads) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getSampledMetrics: {
        parameters: {
            query: {
                fromStep?: number;
                /** @description Comma-separated metric keys, 1 to 20 */
                keys: string;
                maxPoints?: number;
                /** @description Comma-separated run ids, 1 to 20 */
                runIds: string;
                split?: "train" | "validation" | "test";
                toStep?: number;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Series for charts: every point when they fit in maxPoints, else each step bucket's lowest and highest point */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SampledMetricsDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listModels: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name */
                q?: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's registered models, most recently changed first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredModelPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegisteredModelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredModelDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredModelDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegisteredModelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredModelDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listModelAliasHistory: {
        parameters: {
            query?: {
                alias?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every move of the model's aliases, newest first: who, from which version to which, when, why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasEventPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getModelAlias: {
        parameters: {
            query?: {
                /** @description An instant; default now */
                at?: string;
            };
            header?: never;
            path: {
                alias: string;
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Which version the alias pointed to at an instant (default now), with all its periods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasAtDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    setModelAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alias: string;
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAliasDto"];
            };
        };
        responses: {
            /** @description Points the alias at a version; the move is kept in its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredModelDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteModelAlias: {
        parameters: {
            query?: {
                reason?: string | null;
            };
            header?: never;
            path: {
                alias: string;
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listModelVersions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, each with its evidence and approval */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateModelVersionDto"];
            };
        };
        responses: {
            /** @description Numbered after the last; a run's params, test figures and fit verdict are frozen into it as evidence */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateModelVersionDto"];
            };
        };
        responses: {
            /** @description Description, format, size, model card and tags; the evidence never changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reviewModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                modelId: string;
                /** @description Project id or slug */
                projectId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewModelVersionDto"];
            };
        };
        responses: {
            /** @description Approve or reject with a reason; approval needs the evidence to meet the KPI-linked checks (409 naming what fails) unless overridden (audited) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listPreferenceExports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's DPO exports, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DpoExportListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    exportPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDpoExportDto"];
            };
        };
        responses: {
            /** @description The filter's preferences as DPO JSON lines (prompt, chosen, rejected; ties left out), pinned as a new version of a data set */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DpoExportDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getPreferenceExportContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export's JSON lines, byte for byte as pinned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listPreferences: {
        parameters: {
            query?: {
                deploymentId?: string;
                /** @description Only those a DPO export took */
                exportId?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                source?: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
                to?: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's preferences, newest first (an export's in its order) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencePageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogPreferencesDto"];
            };
        };
        responses: {
            /** @description Up to 1,000 pairwise preferences (a prompt, two answers with the version of each, the choice or a tie, a reason); the whole batch is checked first */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogPreferencesResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getWinRates: {
        parameters: {
            query?: {
                deploymentId?: string;
                from?: string;
                source?: "END_USER" | "DOMAIN_EXPERT" | "STAKEHOLDER" | "AUTOMATED_JUDGE";
                to?: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per version: comparisons, wins, losses, ties and the win rate with Wilson's 95 % interval; and each pairing head to head */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WinRatesDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run with its params (well-known first), tags and metric summaries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Soft delete: the run is hidden from lists until restored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRunDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listArtifacts: {
        parameters: {
            query?: {
                /** @description A folder inside the run's artifacts; the root when left out */
                path?: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files and folders in one folder of the run's artifacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getArtifactContent: {
        parameters: {
            query: {
                /** @description true: shown in the browser (images and text), else downloaded */
                inline?: "true" | "false";
                /** @description The file inside the run's artifacts */
                path: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, streamed; images and text inline when asked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    saveArtifact: {
        parameters: {
            query: {
                /** @description true: shown in the browser (images and text), else downloaded */
                inline?: "true" | "false";
                /** @description The file inside the run's artifacts */
                path: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        /** @description The file's bytes, streamed to the store (any content type) */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The file written (replacing one at the same path) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedArtifactDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteArtifact: {
        parameters: {
            query: {
                /** @description true: shown in the browser (images and text), else downloaded */
                inline?: "true" | "false";
                /** @description The file inside the run's artifacts */
                path: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logRunBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key again writes nothing and answers the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogBatchDto"];
            };
        };
        responses: {
            /** @description Up to 10,000 metric points, 1,000 params and 1,000 tags, all or nothing; bodies up to 8mb */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listRunData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set splits the run trained or was evaluated on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDataListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    addRunData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRunDataDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDataDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    removeRunData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
                useId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's evaluations, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvaluationDto"];
            };
        };
        responses: {
            /** @description A confusion matrix (and optional binary scores), regression pairs or values, or generation scores; the figures are derived on the server */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evaluationId: string;
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createRegressionFromPairs: {
        parameters: {
            query: {
                name?: string;
                split: "validation" | "test";
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        /** @description Lines of actual,predicted (a header line is skipped); up to 1,000,000, read as they arrive */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description A regression evaluation from up to 1,000,000 streamed pairs */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getRunFit: {
        parameters: {
            query?: {
                /** @description Default: the linked KPI's, else lower is better for loss and error names, higher otherwise */
                direction?: "LOWER_IS_BETTER" | "HIGHER_IS_BETTER";
                /** @description Default: loss, or the first metric logged on both train and validation */
                metric?: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fit diagnosis from the train and validation curves of one metric; the verdict is kept on the run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunFitDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listRunInputs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data sets MLflow clients logged as the run's inputs (mlflow.log_input) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunInputListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logRunMetric: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key again writes nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetricInputDto"];
            };
        };
        responses: {
            /** @description One metric point; for many, use the batch endpoint */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getMetricHistory: {
        parameters: {
            query?: {
                cursor?: string;
                pageSize?: number;
                split?: "train" | "validation" | "test";
            };
            header?: never;
            path: {
                key: string;
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every point of one series by step; follow nextCursor for more */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricHistoryPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    logRunParam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogParamDto"];
            };
        };
        responses: {
            /** @description One param, written once: the same value again is fine, another is a 409 naming both */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    restoreRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    saveRunTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveTagDto"];
            };
        };
        responses: {
            /** @description Sets a tag, replacing its value if the run has it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteRunTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                /** @description Project id or slug */
                projectId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removes a tag; removing one the run does not have is a 404 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getRunComparison: {
        parameters: {
            query: {
                /** @description Comma-separated run ids, 2 to 20, in the order to show them */
                runIds: string;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 2 to 20 runs side by side: params with differences marked, each series' latest value */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunComparisonDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listScoreConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the project's feedback scores mean */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreConfigListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createScoreConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScoreConfigDto"];
            };
        };
        responses: {
            /** @description A score: numeric (with a range), categorical (with options), boolean or text */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreConfigDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteScoreConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                configId: string;
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    getStageBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every stage with its status, checklist and gate, and the moves allowed now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageBoardDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectStageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    addChecklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                stage: "GOALS_KPIS" | "PROBLEM_FRAMING" | "DATA" | "MODEL_DEVELOPMENT" | "DEPLOYMENT" | "MONITORING" | "ITERATION";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChecklistItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listTransitions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit trail of stage moves, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    transitionProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransitionDto"];
            };
        };
        responses: {
            /** @description The moved project and its audit entry; an unmet gate answers 409 with the failed checks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionResultDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's webhooks with their last delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description A receiver of the project's events; the answer holds its signing secret, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            /** @description Renames it, points it elsewhere, changes its events, or pauses it (a paused webhook is sent no new events; retries already queued wait until it is resumed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "PENDING" | "DELIVERED" | "FAILED";
            };
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery log, newest first: each event's body, attempts and status codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                /** @description Project id or slug */
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sends a delivered or failed delivery's body again now, once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new signing secret, shown this once; the old one stops signing at once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    sendWebhookTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id or slug */
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sends a signed ping now and answers its delivery with the receiver's status code (not retried) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listSecurityEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                type?: "SIGN_IN_SUCCEEDED" | "SIGN_IN_FAILED" | "SIGNED_OUT" | "PASSWORD_CHANGED" | "ADMIN_CREATED" | "USER_CREATED" | "TOKEN_CREATED" | "TOKEN_REVOKED" | "MEMBER_ADDED" | "MEMBER_ROLE_CHANGED" | "MEMBER_REMOVED" | "GATE_OVERRIDDEN" | "EXPERIMENT_MOVED" | "MEMBER_INVITED" | "INVITATION_REVOKED" | "APPROVAL_OVERRIDDEN" | "DEPLOYMENT_OVERRIDDEN" | "USER_DEACTIVATED" | "USER_REACTIVATED" | "PASSWORD_RESET_ISSUED" | "PASSWORD_RESET" | "ACCOUNT_UNLOCKED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security log, newest first (admins) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventPageDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your API tokens, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            /** @description The new token; its secret is shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiTokenDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every user (admins) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description A new user, who can then sign in (admins) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ends the user's sessions, stops their tokens and refuses their sign-in (not yourself, not the last active admin) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    createPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A one-time link (24 h) for the user to set a new password; shown once, it replaces an earlier one */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetLinkDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    reactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lets a deactivated user sign in again; their unexpired tokens work again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    unlockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    listVocabularies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Task types, learning paradigms, model families, application areas and approaches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VocabulariesDto_Output"];
                };
            };
            /** @description Any error: { statusCode, error, code, message, details?, correlationId } */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
