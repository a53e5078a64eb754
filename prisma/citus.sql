-- Distributing Lifecycle's schema on Citus (distributed PostgreSQL), for a database that outgrew one machine.
-- See "Scale-out" in the README. Run once on the coordinator, after the migrations applied (start the app once
-- against it, or run `npx prisma migrate deploy`), before the app serves:
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f prisma/citus.sql
-- citus-ready.int-spec.ts holds the schema to what this file needs: every table placed here, every distributed
-- table keyed by its run, no foreign key cascading updates onto a run id, no statement trigger.
--
-- The plan: what a project is made of (users, projects, experiments, members, data sets and their versions and
-- splits, the registry, deployments) is small and read with everything, so it is copied to every node
-- (reference tables). Runs are spread by id, and everything a run holds (params, tags, points, summaries,
-- rollups, batch receipts, inputs, evaluations, data uses, the purge queue) is spread by run id in the same
-- shards (colocated): a batch of a run writes one shard, and a run's reads stay on one node.

CREATE EXTENSION IF NOT EXISTS citus;

BEGIN;

-- A reference table may not point at a distributed one: a model version keeps its run's id without the foreign
-- key here (on plain Postgres it is set to null when the run's experiment or project is deleted; on Citus it
-- stays, and the registry shows the run as gone).
ALTER TABLE model_versions DROP CONSTRAINT IF EXISTS model_versions_run_id_fkey;

-- Reference tables, parents before the tables that point at them.
SELECT create_reference_table('users');
SELECT create_reference_table('projects');
SELECT create_reference_table('sessions');
SELECT create_reference_table('api_tokens');
SELECT create_reference_table('security_events');
SELECT create_reference_table('sign_in_failures');
SELECT create_reference_table('setup_tokens');
SELECT create_reference_table('project_members');
SELECT create_reference_table('project_invitations');
SELECT create_reference_table('project_stages');
SELECT create_reference_table('checklist_items');
SELECT create_reference_table('stage_transitions');
SELECT create_reference_table('kpis');
SELECT create_reference_table('kpi_measurements');
SELECT create_reference_table('problem_framings');
SELECT create_reference_table('experiments');
SELECT create_reference_table('data_sets');
SELECT create_reference_table('data_set_versions');
SELECT create_reference_table('data_splits');
SELECT create_reference_table('registered_models');
SELECT create_reference_table('model_versions');
SELECT create_reference_table('model_aliases');
SELECT create_reference_table('model_alias_moves');
SELECT create_reference_table('deployments');
SELECT create_reference_table('deployment_variants');
SELECT create_reference_table('deployment_events');
SELECT create_reference_table('monitor_baselines');
SELECT create_reference_table('monitors');
SELECT create_reference_table('monitor_evaluations');
SELECT create_reference_table('alerts');
SELECT create_reference_table('webhooks');
SELECT create_reference_table('webhook_deliveries');
SELECT create_reference_table('iterations');
SELECT create_reference_table('iteration_triggers');
SELECT create_reference_table('score_configs');
SELECT create_reference_table('feedback_scores');
SELECT create_reference_table('pairwise_preferences');
SELECT create_reference_table('preference_exports');
SELECT create_reference_table('annotation_queues');
SELECT create_reference_table('annotation_items');
SELECT create_reference_table('password_resets');

-- Runs by id; what a run holds by run id, colocated with it.
SELECT create_distributed_table('runs', 'id');
SELECT create_distributed_table('run_params', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('run_tags', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('run_inputs', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('metric_points', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('metric_summaries', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('metric_rollups', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('metric_purges', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('batch_receipts', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('run_data_uses', 'run_id', colocate_with => 'runs');
SELECT create_distributed_table('evaluations', 'run_id', colocate_with => 'runs');

-- A deployment's production data by deployment id, in one colocation group of its own: a batch of records writes
-- one shard key, and a deployment's drift reads stay on one node. The daily partitions of inference_records
-- made later are distributed with their parent.
SELECT create_distributed_table('inference_records', 'deployment_id', colocate_with => 'none');
SELECT create_distributed_table('inference_predictions', 'deployment_id', colocate_with => 'inference_records');
SELECT create_distributed_table('inference_receipts', 'deployment_id', colocate_with => 'inference_records');
SELECT create_distributed_table('inference_hours', 'deployment_id', colocate_with => 'inference_records');
SELECT create_distributed_table('monitor_profiles', 'deployment_id', colocate_with => 'inference_records');
SELECT create_distributed_table('inference_actuals', 'deployment_id', colocate_with => 'inference_records');
SELECT create_distributed_table('inference_outcome_hours', 'deployment_id', colocate_with => 'inference_records');

COMMIT;
