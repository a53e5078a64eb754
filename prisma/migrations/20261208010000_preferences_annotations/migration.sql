-- CreateTable
CREATE TABLE "pairwise_preferences" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "deployment_id" UUID,
    "prediction_id" TEXT,
    "prompt" TEXT NOT NULL,
    "response_a" TEXT NOT NULL,
    "response_b" TEXT NOT NULL,
    "version_a_id" UUID,
    "version_b_id" UUID,
    "label_a" TEXT,
    "label_b" TEXT,
    "choice" TEXT NOT NULL,
    "reason" TEXT,
    "source" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "judged_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pairwise_preferences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "preference_exports" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "data_set_version_id" UUID NOT NULL,
    "filter" JSONB NOT NULL,
    "preference_ids" UUID[],
    "pairs" INTEGER NOT NULL,
    "ties" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "preference_exports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation_queues" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" TEXT NOT NULL,
    "score_configs" UUID[],
    "dealt" INTEGER NOT NULL DEFAULT 0,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_queues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation_items" (
    "id" UUID NOT NULL,
    "queue_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "assignee_id" UUID,
    "deployment_id" UUID,
    "prediction_id" TEXT,
    "content" JSON NOT NULL,
    "result" JSON,
    "completed_by" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annotation_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "pairwise_preferences_project_id_judged_at_idx" ON "pairwise_preferences"("project_id", "judged_at");

-- CreateIndex
CREATE UNIQUE INDEX "preference_exports_data_set_version_id_key" ON "preference_exports"("data_set_version_id");

-- CreateIndex
CREATE INDEX "preference_exports_project_id_created_at_idx" ON "preference_exports"("project_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "annotation_queues_project_id_name_key" ON "annotation_queues"("project_id", "name");

-- CreateIndex
CREATE INDEX "annotation_items_queue_id_status_assignee_id_position_idx" ON "annotation_items"("queue_id", "status", "assignee_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "annotation_items_queue_id_position_key" ON "annotation_items"("queue_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "annotation_items_queue_id_deployment_id_prediction_id_key" ON "annotation_items"("queue_id", "deployment_id", "prediction_id");

-- AddForeignKey
ALTER TABLE "pairwise_preferences" ADD CONSTRAINT "pairwise_preferences_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "pairwise_preferences" ADD CONSTRAINT "pairwise_preferences_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "pairwise_preferences" ADD CONSTRAINT "pairwise_preferences_version_a_id_fkey" FOREIGN KEY ("version_a_id") REFERENCES "model_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "pairwise_preferences" ADD CONSTRAINT "pairwise_preferences_version_b_id_fkey" FOREIGN KEY ("version_b_id") REFERENCES "model_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "preference_exports" ADD CONSTRAINT "preference_exports_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "preference_exports" ADD CONSTRAINT "preference_exports_data_set_version_id_fkey" FOREIGN KEY ("data_set_version_id") REFERENCES "data_set_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "annotation_queues" ADD CONSTRAINT "annotation_queues_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "annotation_items" ADD CONSTRAINT "annotation_items_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "annotation_queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "annotation_items" ADD CONSTRAINT "annotation_items_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "annotation_items" ADD CONSTRAINT "annotation_items_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;


-- Checks
ALTER TABLE "pairwise_preferences" ADD CONSTRAINT "pairwise_preferences_choice_check" CHECK ("choice" IN ('A', 'B', 'TIE'));
ALTER TABLE "pairwise_preferences" ADD CONSTRAINT "pairwise_preferences_source_check" CHECK ("source" IN ('END_USER', 'DOMAIN_EXPERT', 'STAKEHOLDER', 'AUTOMATED_JUDGE'));
ALTER TABLE "annotation_queues" ADD CONSTRAINT "annotation_queues_kind_check" CHECK ("kind" IN ('PREDICTIONS', 'PAIRS'));
ALTER TABLE "annotation_items" ADD CONSTRAINT "annotation_items_status_check" CHECK ("status" IN ('PENDING', 'DONE', 'SKIPPED'));
