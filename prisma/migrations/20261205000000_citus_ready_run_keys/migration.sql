-- Ready for Citus (see prisma/citus.sql), and right on plain Postgres too:
-- * the points and rollups of deleted runs go in the background: deleting runs (with their experiment or
--   project) queues them in metric_purges in the same transaction, and the metrics module's purge deletes them
--   in bounded chunks. The statement trigger with a transition table (which cannot run on shards) is gone, and
--   so is the rollups' foreign key (checked for every rollup written, and a cascade of 200,000 rows per 10 M
--   points inside the deleting request),
-- * every run-keyed table's primary key starts with run_id, so that a run's rows share one shard key,
-- * foreign keys on run id no longer cascade updates (refused on a distribution key, run ids never change).
-- One constraint per ALTER statement: Citus refuses DROP CONSTRAINT and ADD CONSTRAINT in one.

DROP TRIGGER "runs_delete_points" ON "runs";

DROP FUNCTION "delete_points_of_deleted_runs"();

-- DropForeignKey
ALTER TABLE "run_inputs" DROP CONSTRAINT "run_inputs_run_id_fkey";

-- DropForeignKey
ALTER TABLE "run_params" DROP CONSTRAINT "run_params_run_id_fkey";

-- DropForeignKey
ALTER TABLE "run_tags" DROP CONSTRAINT "run_tags_run_id_fkey";

-- DropForeignKey
ALTER TABLE "metric_summaries" DROP CONSTRAINT "metric_summaries_run_id_fkey";

-- DropForeignKey
ALTER TABLE "metric_rollups" DROP CONSTRAINT "metric_rollups_run_id_fkey";

-- DropForeignKey
ALTER TABLE "batch_receipts" DROP CONSTRAINT "batch_receipts_run_id_fkey";

-- DropForeignKey
ALTER TABLE "run_data_uses" DROP CONSTRAINT "run_data_uses_run_id_fkey";

-- DropForeignKey
ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_run_id_fkey";

-- DropForeignKey
ALTER TABLE "model_versions" DROP CONSTRAINT "model_versions_run_id_fkey";

-- AlterTable
ALTER TABLE "run_inputs" DROP CONSTRAINT "run_inputs_pkey";
ALTER TABLE "run_inputs" ADD CONSTRAINT "run_inputs_pkey" PRIMARY KEY ("run_id", "id");

-- AlterTable
ALTER TABLE "run_data_uses" DROP CONSTRAINT "run_data_uses_pkey";
ALTER TABLE "run_data_uses" ADD CONSTRAINT "run_data_uses_pkey" PRIMARY KEY ("run_id", "id");

-- AlterTable
ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_pkey";
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_pkey" PRIMARY KEY ("run_id", "id");

-- CreateTable
CREATE TABLE "metric_purges" (
    "run_id" UUID NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metric_purges_pkey" PRIMARY KEY ("run_id")
);

-- CreateIndex
CREATE INDEX "metric_purges_requested_at_idx" ON "metric_purges"("requested_at");

-- AddForeignKey
ALTER TABLE "run_inputs" ADD CONSTRAINT "run_inputs_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "run_params" ADD CONSTRAINT "run_params_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "run_tags" ADD CONSTRAINT "run_tags_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "metric_summaries" ADD CONSTRAINT "metric_summaries_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "batch_receipts" ADD CONSTRAINT "batch_receipts_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "run_data_uses" ADD CONSTRAINT "run_data_uses_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

