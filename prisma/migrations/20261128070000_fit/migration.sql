-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "fit_thresholds" JSONB;

-- AlterTable
ALTER TABLE "runs" ADD COLUMN     "fit_verdict" TEXT;
