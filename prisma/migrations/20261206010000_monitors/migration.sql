-- Monitors (issue 13): a figure of a deployment watched window by window, each evaluated window once (its primary key),
-- and the alerts opened when a monitor enters ALERT. One constraint per ALTER statement (Citus).

-- CreateTable
CREATE TABLE "monitors" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "figure" TEXT NOT NULL,
    "feature" TEXT,
    "operator" TEXT NOT NULL,
    "warning" DOUBLE PRECISION,
    "alert" DOUBLE PRECISION NOT NULL,
    "window" TEXT NOT NULL,
    "cadence" TEXT NOT NULL,
    "no_data" TEXT NOT NULL,
    "state" TEXT,
    "last_value" DOUBLE PRECISION,
    "last_window_to" TIMESTAMPTZ(3),
    "next_due_at" TIMESTAMPTZ(3) NOT NULL,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monitors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitor_evaluations" (
    "monitor_id" UUID NOT NULL,
    "window_to" TIMESTAMPTZ(3) NOT NULL,
    "window_from" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION,
    "state" TEXT NOT NULL,
    "evaluated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monitor_evaluations_pkey" PRIMARY KEY ("monitor_id","window_to")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" UUID NOT NULL,
    "monitor_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "message" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "window_from" TIMESTAMPTZ(3) NOT NULL,
    "window_to" TIMESTAMPTZ(3) NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_by" TEXT,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledge_note" TEXT,
    "resolved_by" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "resolve_note" TEXT,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "monitors_next_due_at_idx" ON "monitors"("next_due_at");

-- CreateIndex
CREATE UNIQUE INDEX "monitors_deployment_id_name_key" ON "monitors"("deployment_id", "name");

-- CreateIndex
CREATE INDEX "alerts_project_id_status_opened_at_idx" ON "alerts"("project_id", "status", "opened_at");

-- CreateIndex
CREATE INDEX "alerts_monitor_id_status_idx" ON "alerts"("monitor_id", "status");

-- AddForeignKey
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "monitor_evaluations" ADD CONSTRAINT "monitor_evaluations_monitor_id_fkey" FOREIGN KEY ("monitor_id") REFERENCES "monitors"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_monitor_id_fkey" FOREIGN KEY ("monitor_id") REFERENCES "monitors"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION;


ALTER TABLE "monitors" ADD CONSTRAINT "monitors_figure_check" CHECK ("figure" IN ('volume', 'error_rate', 'latency_p95', 'cost_per_request', 'dataset_drift_share', 'feature_psi', 'prediction_psi'));

ALTER TABLE "monitors" ADD CONSTRAINT "monitors_operator_check" CHECK ("operator" IN ('gt', 'gte', 'lt', 'lte'));

ALTER TABLE "monitors" ADD CONSTRAINT "monitors_window_check" CHECK ("window" IN ('1h', '6h', '1d'));

ALTER TABLE "monitors" ADD CONSTRAINT "monitors_cadence_check" CHECK ("cadence" IN ('1h', '6h', '1d'));

ALTER TABLE "monitors" ADD CONSTRAINT "monitors_no_data_check" CHECK ("no_data" IN ('NO_DATA', 'OK', 'ALERT'));

ALTER TABLE "monitors" ADD CONSTRAINT "monitors_state_check" CHECK ("state" IN ('OK', 'WARNING', 'ALERT', 'NO_DATA'));

ALTER TABLE "monitor_evaluations" ADD CONSTRAINT "monitor_evaluations_state_check" CHECK ("state" IN ('OK', 'WARNING', 'ALERT', 'NO_DATA'));

ALTER TABLE "alerts" ADD CONSTRAINT "alerts_status_check" CHECK ("status" IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED'));

-- One unresolved alert per monitor at a time.
CREATE UNIQUE INDEX "alerts_one_unresolved" ON "alerts"("monitor_id") WHERE "status" <> 'RESOLVED';
