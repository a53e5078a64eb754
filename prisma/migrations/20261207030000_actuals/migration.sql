-- CreateTable
CREATE TABLE "inference_actuals" (
    "deployment_id" UUID NOT NULL,
    "prediction_id" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "actual" JSON NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inference_actuals_pkey" PRIMARY KEY ("deployment_id","prediction_id")
);

-- CreateTable
CREATE TABLE "inference_outcome_hours" (
    "deployment_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "outcomes" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inference_outcome_hours_pkey" PRIMARY KEY ("deployment_id","hour")
);

-- CreateIndex
CREATE INDEX "inference_actuals_deployment_id_recorded_at_idx" ON "inference_actuals"("deployment_id", "recorded_at");

-- AddForeignKey
ALTER TABLE "inference_outcome_hours" ADD CONSTRAINT "inference_outcome_hours_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;


-- Monitors may watch production metrics from the actuals.
ALTER TABLE "monitors" DROP CONSTRAINT "monitors_figure_check";
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_figure_check" CHECK ("figure" IN ('volume', 'error_rate', 'latency_p95', 'cost_per_request', 'dataset_drift_share', 'feature_psi', 'prediction_psi', 'accuracy', 'f1_macro', 'rmse', 'mae'));
