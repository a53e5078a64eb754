-- CreateTable
CREATE TABLE "score_configs" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "options" TEXT[],
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "score_configs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_scores" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "config_id" UUID NOT NULL,
    "prediction_id" TEXT,
    "value" JSON NOT NULL,
    "numeric" DOUBLE PRECISION,
    "source" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "comment" TEXT,
    "scored_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_scores_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "score_configs_project_id_name_key" ON "score_configs"("project_id", "name");

-- CreateIndex
CREATE INDEX "feedback_scores_deployment_id_config_id_scored_at_idx" ON "feedback_scores"("deployment_id", "config_id", "scored_at");

-- CreateIndex
CREATE INDEX "feedback_scores_deployment_id_prediction_id_idx" ON "feedback_scores"("deployment_id", "prediction_id");

-- AddForeignKey
ALTER TABLE "score_configs" ADD CONSTRAINT "score_configs_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_config_id_fkey" FOREIGN KEY ("config_id") REFERENCES "score_configs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;


-- Checks
ALTER TABLE "score_configs" ADD CONSTRAINT "score_configs_type_check" CHECK ("type" IN ('NUMERIC', 'CATEGORICAL', 'BOOLEAN', 'TEXT'));
ALTER TABLE "feedback_scores" ADD CONSTRAINT "feedback_scores_source_check" CHECK ("source" IN ('END_USER', 'DOMAIN_EXPERT', 'STAKEHOLDER', 'AUTOMATED_JUDGE'));
ALTER TABLE "monitors" DROP CONSTRAINT "monitors_figure_check";
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_figure_check" CHECK ("figure" IN ('volume', 'error_rate', 'latency_p95', 'cost_per_request', 'dataset_drift_share', 'feature_psi', 'prediction_psi', 'accuracy', 'f1_macro', 'rmse', 'mae', 'feedback_mean'));
