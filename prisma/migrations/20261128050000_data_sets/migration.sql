-- CreateEnum
CREATE TYPE "DataKind" AS ENUM ('TABLE', 'RELATIONAL', 'TIME_SERIES', 'TEXT', 'IMAGE', 'AUDIO', 'VIDEO', 'DOCUMENTS');

-- CreateEnum
CREATE TYPE "Labelling" AS ENUM ('LABELLED', 'UNLABELLED', 'PARTLY_LABELLED');

-- CreateEnum
CREATE TYPE "LabelSource" AS ENUM ('HUMAN', 'AUTOMATIC', 'SELF_SUPERVISED');

-- CreateEnum
CREATE TYPE "DataPurpose" AS ENUM ('TRAINING', 'EVALUATION');

-- CreateTable
CREATE TABLE "data_sets" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "DataKind" NOT NULL,
    "labelling" "Labelling" NOT NULL,
    "label_source" "LabelSource",
    "source_uri" TEXT,
    "format" TEXT,
    "owner" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "data_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_set_versions" (
    "id" UUID NOT NULL,
    "data_set_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "item_count" BIGINT NOT NULL,
    "size_bytes" BIGINT,
    "features" JSONB NOT NULL DEFAULT '[]',
    "label_distribution" JSONB NOT NULL DEFAULT '{}',
    "collection_notes" TEXT,
    "preprocessing" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_set_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_splits" (
    "version_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "data_splits_pkey" PRIMARY KEY ("version_id","name")
);

-- CreateTable
CREATE TABLE "run_data_uses" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "split" TEXT NOT NULL,
    "purpose" "DataPurpose" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_data_uses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "data_sets_project_id_name_key" ON "data_sets"("project_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "data_set_versions_data_set_id_version_key" ON "data_set_versions"("data_set_id", "version");

-- CreateIndex
CREATE INDEX "run_data_uses_version_id_idx" ON "run_data_uses"("version_id");

-- CreateIndex
CREATE UNIQUE INDEX "run_data_uses_run_id_version_id_split_purpose_key" ON "run_data_uses"("run_id", "version_id", "split", "purpose");

-- AddForeignKey
ALTER TABLE "data_sets" ADD CONSTRAINT "data_sets_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_set_versions" ADD CONSTRAINT "data_set_versions_data_set_id_fkey" FOREIGN KEY ("data_set_id") REFERENCES "data_sets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_splits" ADD CONSTRAINT "data_splits_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "data_set_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_data_uses" ADD CONSTRAINT "run_data_uses_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_data_uses" ADD CONSTRAINT "run_data_uses_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "data_set_versions"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
