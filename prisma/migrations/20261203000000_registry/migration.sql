-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DeploymentTarget" AS ENUM ('REAL_TIME', 'SERVERLESS', 'ASYNCHRONOUS', 'BATCH', 'ON_PREMISES', 'FOUNDATION_MODEL');

-- CreateEnum
CREATE TYPE "DeploymentEnvironment" AS ENUM ('DEV', 'STAGING', 'PRODUCTION');

-- CreateEnum
CREATE TYPE "DeploymentStatus" AS ENUM ('PLANNED', 'DEPLOYING', 'LIVE', 'DEGRADED', 'ROLLED_BACK', 'FAILED', 'RETIRED');

-- CreateEnum
CREATE TYPE "VariantRole" AS ENUM ('PRIMARY', 'CANARY', 'SHADOW');

-- CreateTable
CREATE TABLE "registered_models" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "owner" TEXT,
    "tags" JSONB NOT NULL DEFAULT '{}',
    "created_by" TEXT,
    "last_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "registered_models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_versions" (
    "id" UUID NOT NULL,
    "model_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "run_id" UUID,
    "run_link" TEXT,
    "description" TEXT,
    "data_set_version_id" UUID,
    "approach" TEXT,
    "base_model" TEXT,
    "format" TEXT,
    "size_bytes" BIGINT,
    "model_card" JSONB NOT NULL DEFAULT '{}',
    "evidence" JSONB NOT NULL,
    "tags" JSONB NOT NULL DEFAULT '{}',
    "stage" TEXT NOT NULL DEFAULT 'None',
    "approval" "ApprovalStatus" NOT NULL DEFAULT 'PENDING',
    "approval_reason" TEXT,
    "approved_by" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "approval_override" BOOLEAN NOT NULL DEFAULT false,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "model_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_aliases" (
    "model_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "version_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "model_aliases_pkey" PRIMARY KEY ("model_id","alias")
);

-- CreateTable
CREATE TABLE "model_alias_moves" (
    "id" UUID NOT NULL,
    "model_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "from_version" INTEGER,
    "to_version" INTEGER,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "model_alias_moves_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deployments" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "target" "DeploymentTarget" NOT NULL,
    "environment" "DeploymentEnvironment" NOT NULL,
    "status" "DeploymentStatus" NOT NULL DEFAULT 'PLANNED',
    "endpoint_url" TEXT,
    "external_ref" TEXT,
    "capacity" JSONB NOT NULL DEFAULT '{}',
    "schedule" TEXT,
    "description" TEXT,
    "created_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "deployments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deployment_variants" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" "VariantRole" NOT NULL,
    "traffic_bp" INTEGER,
    "sampling_bp" INTEGER,
    "model_version_id" UUID,
    "base_model" TEXT,
    "customization" TEXT,

    CONSTRAINT "deployment_variants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deployment_events" (
    "id" UUID NOT NULL,
    "deployment_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "from_status" "DeploymentStatus",
    "to_status" "DeploymentStatus",
    "variants" JSONB,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "override" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deployment_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "registered_models_name_idx" ON "registered_models"("name");

-- CreateIndex
CREATE UNIQUE INDEX "registered_models_project_id_name_key" ON "registered_models"("project_id", "name");

-- CreateIndex
CREATE INDEX "model_versions_run_id_idx" ON "model_versions"("run_id");

-- CreateIndex
CREATE UNIQUE INDEX "model_versions_model_id_version_key" ON "model_versions"("model_id", "version");

-- CreateIndex
CREATE INDEX "model_alias_moves_model_id_alias_created_at_idx" ON "model_alias_moves"("model_id", "alias", "created_at");

-- CreateIndex
CREATE INDEX "model_alias_moves_model_id_created_at_idx" ON "model_alias_moves"("model_id", "created_at");

-- CreateIndex
CREATE INDEX "deployments_project_id_environment_status_idx" ON "deployments"("project_id", "environment", "status");

-- CreateIndex
CREATE UNIQUE INDEX "deployments_project_id_name_key" ON "deployments"("project_id", "name");

-- CreateIndex
CREATE INDEX "deployment_variants_model_version_id_idx" ON "deployment_variants"("model_version_id");

-- CreateIndex
CREATE UNIQUE INDEX "deployment_variants_deployment_id_position_key" ON "deployment_variants"("deployment_id", "position");

-- CreateIndex
CREATE INDEX "deployment_events_deployment_id_created_at_idx" ON "deployment_events"("deployment_id", "created_at");

-- AddForeignKey
ALTER TABLE "registered_models" ADD CONSTRAINT "registered_models_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "registered_models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_data_set_version_id_fkey" FOREIGN KEY ("data_set_version_id") REFERENCES "data_set_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_aliases" ADD CONSTRAINT "model_aliases_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "registered_models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_aliases" ADD CONSTRAINT "model_aliases_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "model_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_alias_moves" ADD CONSTRAINT "model_alias_moves_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "registered_models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployments" ADD CONSTRAINT "deployments_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment_variants" ADD CONSTRAINT "deployment_variants_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment_variants" ADD CONSTRAINT "deployment_variants_model_version_id_fkey" FOREIGN KEY ("model_version_id") REFERENCES "model_versions"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment_events" ADD CONSTRAINT "deployment_events_deployment_id_fkey" FOREIGN KEY ("deployment_id") REFERENCES "deployments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
