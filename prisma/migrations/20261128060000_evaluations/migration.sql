-- CreateEnum
CREATE TYPE "EvaluationKind" AS ENUM ('CLASSIFICATION', 'REGRESSION', 'GENERATION');

-- CreateTable
CREATE TABLE "evaluations" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "split" TEXT NOT NULL,
    "kind" "EvaluationKind" NOT NULL,
    "name" TEXT,
    "results" JSONB NOT NULL,
    "metrics" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evaluations_run_id_created_at_idx" ON "evaluations"("run_id", "created_at");

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
