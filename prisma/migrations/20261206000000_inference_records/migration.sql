-- Production data in (issue 13): inference records, partitioned by day of their timestamp (the partitions
-- inference_records_pYYYYMMDD are made as records arrive and dropped after the retention), the prediction ids that
-- make a repeated id a duplicate, receipts of Idempotency-Keys, hourly volume and latency, baselines and the
-- hourly profiles of each feature on a baseline's bins. One constraint per ALTER statement (Citus).

-- CreateTable
CREATE TABLE "inference_records" (
    "deployment_id" UUID NOT NULL,
    "prediction_id" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "variant" TEXT,
    "features" JSON NOT NULL,
    "prediction" JSON NOT NULL,
    "latency_ms" DOUBLE PRECISION,
    "input_tokens" INTEGER,
    "output_tokens" INTEGER,
    "cost" DOUBLE PRECISION,
    "error" TEXT,

    CONSTRAINT "inference_records_pkey" PRIMARY KEY ("deployment_id","recorded_at","prediction_id")
) PARTITION BY RANGE ("recorded_at");

-- CreateTable
CREATE TABLE "inference_predictions" (
    "deployment_id" UUID NOT NULL,
    "prediction_id" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inference_predictions_pkey" PRIMARY KEY ("deployment_id","prediction_id")
);

-- CreateTable
CREATE TABLE "inference_receipts" (
    "deployment_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "body_hash" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inference_receipts_pkey" PRIMARY KEY ("deployment_id","idempotency_key")
);

-- CreateTable
CREATE TABLE "inference_hours" (
    "deployment_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "stats" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inference_hours_pkey" PRIMARY KEY ("deployment_id","hour")
);

-- CreateTable
CREATE TABLE "monitor_baselines" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "data_set_version_id" UUID,
    "split" TEXT,
    "window_from" TIMESTAMPTZ(3),
    "window_to" TIMESTAMPTZ(3),
    "row_count" INTEGER NOT NULL,
    "features" JSONB NOT NULL,
    "prediction" JSONB,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monitor_baselines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitor_profiles" (
    "deployment_id" UUID NOT NULL,
    "baseline_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "profiles" JSONB NOT NULL,
    "count" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monitor_profiles_pkey" PRIMARY KEY ("deployment_id","baseline_id","hour")
);

-- One active baseline per deployment.
CREATE UNIQUE INDEX "monitor_baselines_one_active" ON "monitor_baselines"("deployment_id") WHERE "active";

-- CreateIndex
CREATE INDEX "inference_predictions_deployment_id_recorded_at_idx" ON "inference_predictions"("deployment_id", "recorded_at");

-- CreateIndex
CREATE INDEX "monitor_baselines_deployment_id_created_at_idx" ON "monitor_baselines"("deployment_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "monitor_baselines_deployment_id_name_key" ON "monitor_baselines"("deployment_id", "name");

-- AddForeignKey
ALTER TABLE "inference_receipts" ADD CONSTRAINT "inference_receipts_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "inference_hours" ADD CONSTRAINT "inference_hours_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "monitor_baselines" ADD CONSTRAINT "monitor_baselines_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "monitor_baselines" ADD CONSTRAINT "monitor_baselines_data_set_version_id_fkey" FOREIGN KEY ("data_set_version_id") REFERENCES "data_set_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "monitor_profiles" ADD CONSTRAINT "monitor_profiles_baseline_id_fkey" FOREIGN KEY ("baseline_id") REFERENCES "monitor_baselines"("id") ON DELETE CASCADE ON UPDATE NO ACTION;


ALTER TABLE "monitor_baselines" ADD CONSTRAINT "monitor_baselines_source_check" CHECK ("source" IN ('DATA_SET', 'PRODUCTION'));
