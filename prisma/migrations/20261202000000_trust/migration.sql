-- A user's "MLflow imports" project is found by its owner, never by its slug.
ALTER TABLE "projects" ADD COLUMN "imports_owner" TEXT;
CREATE UNIQUE INDEX "projects_imports_owner_key" ON "projects"("imports_owner");

-- Imports projects made before: the lead whose id the slug was made from, or the admin token's (no members).
UPDATE "projects" p SET "imports_owner" = m."user_id"::text
FROM "project_members" m
WHERE m."project_id" = p."id" AND m."role" = 'LEAD' AND p."slug" = 'mlflow-imports-' || left(m."user_id"::text, 8)
  AND NOT EXISTS (SELECT 1 FROM "projects" o WHERE o."imports_owner" = m."user_id"::text);
UPDATE "projects" p SET "imports_owner" = 'LIFECYCLE_ADMIN_TOKEN'
WHERE p."slug" = 'mlflow-imports' AND NOT EXISTS (SELECT 1 FROM "project_members" m WHERE m."project_id" = p."id");

-- A batch's Idempotency-Key remembers what it was sent with.
ALTER TABLE "batch_receipts" ADD COLUMN "body_hash" TEXT;

-- Project tokens: a token that acts in one project only.
ALTER TABLE "api_tokens" ADD COLUMN "project_id" UUID;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invitations by email: leads invite, the invitee accepts.
CREATE TABLE "project_invitations" (
    "id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "ProjectRole" NOT NULL,
    "invited_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "project_invitations_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "project_invitations_email_idx" ON "project_invitations"("email");
CREATE UNIQUE INDEX "project_invitations_project_id_email_key" ON "project_invitations"("project_id", "email");
ALTER TABLE "project_invitations" ADD CONSTRAINT "project_invitations_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
