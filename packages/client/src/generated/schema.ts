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
        CreateChecklistItemDto: {
            label: string;
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
        CreateTransitionDto: {
            /** @description Who moves the project; recorded in the audit trail */
            actor?: string;
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
            name: string;
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
                name: string;
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
                name: string;
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
        UpdateChecklistItemDto: {
            done?: boolean;
            label?: string;
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
        UpdateStageDto: {
            notes?: string | null;
            /** @enum {string} */
            status?: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "BLOCKED";
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
    listProjects: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                owner?: string;
                page?: number;
                pageSize?: number;
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
            /** @description The created project, in its first stage */
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
