-- AlterTable
ALTER TABLE "runs" ADD COLUMN     "fit_due_at" TIMESTAMPTZ(3);

-- The fit sweeper finds flagged runs on this (a partial index: almost every run is unflagged).
CREATE INDEX "runs_fit_due_at_idx" ON "runs"("fit_due_at") WHERE "fit_due_at" IS NOT NULL;
