-- CreateTable
CREATE TABLE "iterations" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "hypothesis" TEXT,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "kpis_before" JSONB NOT NULL,
    "kpis_after" JSONB,
    "looped_to" TEXT,
    "outcome" TEXT,
    "close_note" TEXT,
    "opened_by" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "iterations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iteration_triggers" (
    "id" UUID NOT NULL,
    "iteration_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "alert_id" UUID,
    "monitor_id" UUID,
    "kpi_id" UUID,
    "note" TEXT,
    "summary" TEXT NOT NULL,
    "value_before" DOUBLE PRECISION,
    "value_after" DOUBLE PRECISION,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "iteration_triggers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "iterations_project_id_number_key" ON "iterations"("project_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "iteration_triggers_iteration_id_position_key" ON "iteration_triggers"("iteration_id", "position");

-- CreateIndex
CREATE INDEX "iteration_triggers_alert_id_idx" ON "iteration_triggers"("alert_id");

-- AddForeignKey
ALTER TABLE "iterations" ADD CONSTRAINT "iterations_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "iteration_triggers" ADD CONSTRAINT "iteration_triggers_iteration_id_fkey" FOREIGN KEY ("iteration_id") REFERENCES "iterations"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "iteration_triggers" ADD CONSTRAINT "iteration_triggers_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "iteration_triggers" ADD CONSTRAINT "iteration_triggers_monitor_id_fkey" FOREIGN KEY ("monitor_id") REFERENCES "monitors"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "iteration_triggers" ADD CONSTRAINT "iteration_triggers_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpis"("id") ON DELETE SET NULL ON UPDATE NO ACTION;


-- Checks
ALTER TABLE "iterations" ADD CONSTRAINT "iterations_status_check" CHECK ("status" IN ('PLANNED', 'STARTED', 'CLOSED'));
ALTER TABLE "iterations" ADD CONSTRAINT "iterations_looped_to_check" CHECK ("looped_to" IN ('DATA', 'MODEL_DEVELOPMENT'));
ALTER TABLE "iteration_triggers" ADD CONSTRAINT "iteration_triggers_kind_check" CHECK ("kind" IN ('ALERT', 'DRIFT', 'KPI_AT_RISK', 'FEEDBACK', 'REQUIREMENT'));
