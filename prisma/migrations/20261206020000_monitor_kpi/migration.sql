-- A monitor may feed a KPI: each evaluated window's figure becomes a measurement (issue 13).

-- AlterTable
ALTER TABLE "monitors" ADD COLUMN     "kpi_id" UUID;

-- AddForeignKey
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpis"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

