-- Enums stored as text with a check constraint (issue 16): Citus refuses the casts Prisma writes for enum
-- columns in RETURNING ("status"::text), which every update, delete and create that reads its row back has.
-- The values allowed are the same, now checked by a constraint named <table>_<column>_check.
-- One constraint per ALTER statement (Citus).

ALTER TABLE "checklist_items" ALTER COLUMN "stage" SET DATA TYPE TEXT USING "stage"::text;

ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_stage_check" CHECK ("stage" IN ('GOALS_KPIS', 'PROBLEM_FRAMING', 'DATA', 'MODEL_DEVELOPMENT', 'DEPLOYMENT', 'MONITORING', 'ITERATION'));

ALTER TABLE "data_sets" ALTER COLUMN "kind" SET DATA TYPE TEXT USING "kind"::text;

ALTER TABLE "data_sets" ADD CONSTRAINT "data_sets_kind_check" CHECK ("kind" IN ('TABLE', 'RELATIONAL', 'TIME_SERIES', 'TEXT', 'IMAGE', 'AUDIO', 'VIDEO', 'DOCUMENTS'));

ALTER TABLE "data_sets" ALTER COLUMN "label_source" SET DATA TYPE TEXT USING "label_source"::text;

ALTER TABLE "data_sets" ADD CONSTRAINT "data_sets_label_source_check" CHECK ("label_source" IN ('HUMAN', 'AUTOMATIC', 'SELF_SUPERVISED'));

ALTER TABLE "data_sets" ALTER COLUMN "labelling" SET DATA TYPE TEXT USING "labelling"::text;

ALTER TABLE "data_sets" ADD CONSTRAINT "data_sets_labelling_check" CHECK ("labelling" IN ('LABELLED', 'UNLABELLED', 'PARTLY_LABELLED'));

ALTER TABLE "deployment_events" ALTER COLUMN "from_status" SET DATA TYPE TEXT USING "from_status"::text;

ALTER TABLE "deployment_events" ADD CONSTRAINT "deployment_events_from_status_check" CHECK ("from_status" IN ('PLANNED', 'DEPLOYING', 'LIVE', 'DEGRADED', 'ROLLED_BACK', 'FAILED', 'RETIRED'));

ALTER TABLE "deployment_events" ALTER COLUMN "to_status" SET DATA TYPE TEXT USING "to_status"::text;

ALTER TABLE "deployment_events" ADD CONSTRAINT "deployment_events_to_status_check" CHECK ("to_status" IN ('PLANNED', 'DEPLOYING', 'LIVE', 'DEGRADED', 'ROLLED_BACK', 'FAILED', 'RETIRED'));

ALTER TABLE "deployment_variants" ALTER COLUMN "role" SET DATA TYPE TEXT USING "role"::text;

ALTER TABLE "deployment_variants" ADD CONSTRAINT "deployment_variants_role_check" CHECK ("role" IN ('PRIMARY', 'CANARY', 'SHADOW'));

ALTER TABLE "deployments" ALTER COLUMN "environment" SET DATA TYPE TEXT USING "environment"::text;

ALTER TABLE "deployments" ADD CONSTRAINT "deployments_environment_check" CHECK ("environment" IN ('DEV', 'STAGING', 'PRODUCTION'));

ALTER TABLE "deployments" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "deployments" ALTER COLUMN "status" SET DATA TYPE TEXT USING "status"::text;

ALTER TABLE "deployments" ALTER COLUMN "status" SET DEFAULT 'PLANNED';

ALTER TABLE "deployments" ADD CONSTRAINT "deployments_status_check" CHECK ("status" IN ('PLANNED', 'DEPLOYING', 'LIVE', 'DEGRADED', 'ROLLED_BACK', 'FAILED', 'RETIRED'));

ALTER TABLE "deployments" ALTER COLUMN "target" SET DATA TYPE TEXT USING "target"::text;

ALTER TABLE "deployments" ADD CONSTRAINT "deployments_target_check" CHECK ("target" IN ('REAL_TIME', 'SERVERLESS', 'ASYNCHRONOUS', 'BATCH', 'ON_PREMISES', 'FOUNDATION_MODEL'));

ALTER TABLE "evaluations" ALTER COLUMN "kind" SET DATA TYPE TEXT USING "kind"::text;

ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_kind_check" CHECK ("kind" IN ('CLASSIFICATION', 'REGRESSION', 'GENERATION'));

ALTER TABLE "kpis" ALTER COLUMN "direction" SET DATA TYPE TEXT USING "direction"::text;

ALTER TABLE "kpis" ADD CONSTRAINT "kpis_direction_check" CHECK ("direction" IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'));

ALTER TABLE "model_versions" ALTER COLUMN "approval" DROP DEFAULT;

ALTER TABLE "model_versions" ALTER COLUMN "approval" SET DATA TYPE TEXT USING "approval"::text;

ALTER TABLE "model_versions" ALTER COLUMN "approval" SET DEFAULT 'PENDING';

ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_approval_check" CHECK ("approval" IN ('PENDING', 'APPROVED', 'REJECTED'));

ALTER TABLE "project_invitations" ALTER COLUMN "role" SET DATA TYPE TEXT USING "role"::text;

ALTER TABLE "project_invitations" ADD CONSTRAINT "project_invitations_role_check" CHECK ("role" IN ('VIEWER', 'CONTRIBUTOR', 'LEAD'));

ALTER TABLE "project_members" ALTER COLUMN "role" SET DATA TYPE TEXT USING "role"::text;

ALTER TABLE "project_members" ADD CONSTRAINT "project_members_role_check" CHECK ("role" IN ('VIEWER', 'CONTRIBUTOR', 'LEAD'));

ALTER TABLE "project_stages" ALTER COLUMN "stage" SET DATA TYPE TEXT USING "stage"::text;

ALTER TABLE "project_stages" ADD CONSTRAINT "project_stages_stage_check" CHECK ("stage" IN ('GOALS_KPIS', 'PROBLEM_FRAMING', 'DATA', 'MODEL_DEVELOPMENT', 'DEPLOYMENT', 'MONITORING', 'ITERATION'));

ALTER TABLE "project_stages" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "project_stages" ALTER COLUMN "status" SET DATA TYPE TEXT USING "status"::text;

ALTER TABLE "project_stages" ALTER COLUMN "status" SET DEFAULT 'NOT_STARTED';

ALTER TABLE "project_stages" ADD CONSTRAINT "project_stages_status_check" CHECK ("status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'));

ALTER TABLE "projects" ALTER COLUMN "current_stage" DROP DEFAULT;

ALTER TABLE "projects" ALTER COLUMN "current_stage" SET DATA TYPE TEXT USING "current_stage"::text;

ALTER TABLE "projects" ALTER COLUMN "current_stage" SET DEFAULT 'GOALS_KPIS';

ALTER TABLE "projects" ADD CONSTRAINT "projects_current_stage_check" CHECK ("current_stage" IN ('GOALS_KPIS', 'PROBLEM_FRAMING', 'DATA', 'MODEL_DEVELOPMENT', 'DEPLOYMENT', 'MONITORING', 'ITERATION'));

ALTER TABLE "projects" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "projects" ALTER COLUMN "status" SET DATA TYPE TEXT USING "status"::text;

ALTER TABLE "projects" ALTER COLUMN "status" SET DEFAULT 'ACTIVE';

ALTER TABLE "projects" ADD CONSTRAINT "projects_status_check" CHECK ("status" IN ('ACTIVE', 'ARCHIVED', 'CLOSED'));

ALTER TABLE "run_data_uses" ALTER COLUMN "purpose" SET DATA TYPE TEXT USING "purpose"::text;

ALTER TABLE "run_data_uses" ADD CONSTRAINT "run_data_uses_purpose_check" CHECK ("purpose" IN ('TRAINING', 'EVALUATION'));

ALTER TABLE "runs" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "runs" ALTER COLUMN "status" SET DATA TYPE TEXT USING "status"::text;

ALTER TABLE "runs" ALTER COLUMN "status" SET DEFAULT 'RUNNING';

ALTER TABLE "runs" ADD CONSTRAINT "runs_status_check" CHECK ("status" IN ('SCHEDULED', 'RUNNING', 'FINISHED', 'FAILED', 'KILLED'));

ALTER TABLE "stage_transitions" ALTER COLUMN "from_stage" SET DATA TYPE TEXT USING "from_stage"::text;

ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_from_stage_check" CHECK ("from_stage" IN ('GOALS_KPIS', 'PROBLEM_FRAMING', 'DATA', 'MODEL_DEVELOPMENT', 'DEPLOYMENT', 'MONITORING', 'ITERATION'));

ALTER TABLE "stage_transitions" ALTER COLUMN "kind" SET DATA TYPE TEXT USING "kind"::text;

ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_kind_check" CHECK ("kind" IN ('ADVANCE', 'LOOP', 'RETURN'));

ALTER TABLE "stage_transitions" ALTER COLUMN "to_stage" SET DATA TYPE TEXT USING "to_stage"::text;

ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_to_stage_check" CHECK ("to_stage" IN ('GOALS_KPIS', 'PROBLEM_FRAMING', 'DATA', 'MODEL_DEVELOPMENT', 'DEPLOYMENT', 'MONITORING', 'ITERATION'));

DROP TYPE "ProjectStatus";

DROP TYPE "Stage";

DROP TYPE "StageStatus";

DROP TYPE "KpiDirection";

DROP TYPE "ProjectRole";

DROP TYPE "RunStatus";

DROP TYPE "TransitionKind";

DROP TYPE "DataKind";

DROP TYPE "Labelling";

DROP TYPE "LabelSource";

DROP TYPE "DataPurpose";

DROP TYPE "EvaluationKind";

DROP TYPE "ApprovalStatus";

DROP TYPE "DeploymentTarget";

DROP TYPE "DeploymentEnvironment";

DROP TYPE "DeploymentStatus";

DROP TYPE "VariantRole";
