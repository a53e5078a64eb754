-- AlterTable
ALTER TABLE "kpi_measurements" ADD COLUMN     "idempotency_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "kpi_measurements_kpi_id_idempotency_key_key" ON "kpi_measurements"("kpi_id", "idempotency_key");
