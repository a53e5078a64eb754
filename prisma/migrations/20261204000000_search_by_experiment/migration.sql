-- Searches filter and order a run's params and series summaries within the experiments searched: each row
-- carries its run's experiment (a run never changes experiment), and the value indexes lead with it, so that
-- a filter reads the experiment's entries only, however many other runs the database holds.
-- One statement a constraint or index (see the scale-out notes in the README).

ALTER TABLE "metric_summaries" ADD COLUMN "experiment_id" UUID;
UPDATE "metric_summaries" s SET "experiment_id" = r."experiment_id" FROM "runs" r WHERE r."id" = s."run_id";
ALTER TABLE "metric_summaries" ALTER COLUMN "experiment_id" SET NOT NULL;
CREATE INDEX "metric_summaries_experiment_id_key_split_latest_value_idx" ON "metric_summaries"("experiment_id", "key", "split", "latest_value");
DROP INDEX "metric_summaries_key_split_latest_value_idx";

ALTER TABLE "run_params" ADD COLUMN "experiment_id" UUID;
UPDATE "run_params" p SET "experiment_id" = r."experiment_id" FROM "runs" r WHERE r."id" = p."run_id";
ALTER TABLE "run_params" ALTER COLUMN "experiment_id" SET NOT NULL;
CREATE INDEX "run_params_experiment_id_key_number_value_idx" ON "run_params"("experiment_id", "key", "number_value");
-- Text comparisons in the filter language are by code point (COLLATE "C").
CREATE INDEX "run_params_experiment_id_key_text_value_idx" ON "run_params"("experiment_id", "key", "text_value" COLLATE "C");
DROP INDEX "run_params_key_number_value_idx";

-- An experiment's active runs in the default order (newest first, then id): a search's page reads them in
-- order and stops at the page's end. (A condition IS NULL gives the planner no order to use, hence the WHERE.)
CREATE INDEX "runs_active_experiment_id_created_at_id_idx" ON "runs"("experiment_id", "created_at" DESC, "id") WHERE "deleted_at" IS NULL;
