-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('SCHEDULED', 'RUNNING', 'FINISHED', 'FAILED', 'KILLED');

-- CreateTable
CREATE TABLE "runs" (
    "id" UUID NOT NULL,
    "experiment_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'RUNNING',
    "start_time" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "end_time" TIMESTAMPTZ(3),
    "iteration" INTEGER NOT NULL,
    "notes" TEXT,
    "source" TEXT,
    "base_model" TEXT,
    "approach" TEXT,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_params" (
    "run_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "number_value" DOUBLE PRECISION,
    "text_value" TEXT NOT NULL,

    CONSTRAINT "run_params_pkey" PRIMARY KEY ("run_id","key")
);

-- CreateTable
CREATE TABLE "run_tags" (
    "run_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "run_tags_pkey" PRIMARY KEY ("run_id","key")
);

-- CreateTable
CREATE TABLE "metric_points" (
    "id" BIGSERIAL NOT NULL,
    "run_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "split" TEXT NOT NULL DEFAULT '',
    "step" BIGINT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "metric_points_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metric_summaries" (
    "run_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "split" TEXT NOT NULL DEFAULT '',
    "latest_value" DOUBLE PRECISION NOT NULL,
    "latest_step" BIGINT NOT NULL,
    "latest_at" TIMESTAMPTZ(3) NOT NULL,
    "min_value" DOUBLE PRECISION NOT NULL,
    "max_value" DOUBLE PRECISION NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "metric_summaries_pkey" PRIMARY KEY ("run_id","key","split")
);

-- CreateTable
CREATE TABLE "batch_receipts" (
    "run_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "batch_receipts_pkey" PRIMARY KEY ("run_id","idempotency_key")
);

-- CreateIndex
CREATE INDEX "runs_experiment_id_deleted_at_created_at_idx" ON "runs"("experiment_id", "deleted_at", "created_at");

-- CreateIndex
CREATE INDEX "run_params_key_number_value_idx" ON "run_params"("key", "number_value");

-- CreateIndex
CREATE INDEX "metric_points_run_id_key_split_step_idx" ON "metric_points"("run_id", "key", "split", "step");

-- CreateIndex
CREATE INDEX "metric_summaries_key_split_latest_value_idx" ON "metric_summaries"("key", "split", "latest_value");

-- AddForeignKey
ALTER TABLE "runs" ADD CONSTRAINT "runs_experiment_id_fkey" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_params" ADD CONSTRAINT "run_params_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_tags" ADD CONSTRAINT "run_tags_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_points" ADD CONSTRAINT "metric_points_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_summaries" ADD CONSTRAINT "metric_summaries_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch_receipts" ADD CONSTRAINT "batch_receipts_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
