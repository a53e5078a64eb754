-- metric_points split in 16 partitions by hash of the run id: vacuum, the purge of deleted runs and each index
-- stay a sixteenth of the whole, and a run's points stay together in one partition (and, on Citus, one shard:
-- partitions of a distributed table are distributed alike).
-- The points are copied into the partitioned table once, here. One constraint per ALTER statement (Citus).

ALTER TABLE "metric_points" RENAME TO "metric_points_unpartitioned";

ALTER TABLE "metric_points_unpartitioned" RENAME CONSTRAINT "metric_points_pkey" TO "metric_points_unpartitioned_pkey";

CREATE TABLE "metric_points" (
    "id" BIGINT NOT NULL DEFAULT nextval('metric_points_id_seq'),
    "run_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "split" TEXT NOT NULL DEFAULT '',
    "step" BIGINT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "metric_points_pkey" PRIMARY KEY ("run_id", "key", "split", "step", "id")
) PARTITION BY HASH ("run_id");

CREATE TABLE "metric_points_p00" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 0);

CREATE TABLE "metric_points_p01" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 1);

CREATE TABLE "metric_points_p02" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 2);

CREATE TABLE "metric_points_p03" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 3);

CREATE TABLE "metric_points_p04" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 4);

CREATE TABLE "metric_points_p05" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 5);

CREATE TABLE "metric_points_p06" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 6);

CREATE TABLE "metric_points_p07" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 7);

CREATE TABLE "metric_points_p08" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 8);

CREATE TABLE "metric_points_p09" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 9);

CREATE TABLE "metric_points_p10" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 10);

CREATE TABLE "metric_points_p11" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 11);

CREATE TABLE "metric_points_p12" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 12);

CREATE TABLE "metric_points_p13" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 13);

CREATE TABLE "metric_points_p14" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 14);

CREATE TABLE "metric_points_p15" PARTITION OF "metric_points" FOR VALUES WITH (MODULUS 16, REMAINDER 15);

INSERT INTO "metric_points" ("id", "run_id", "key", "split", "step", "value", "timestamp")
SELECT "id", "run_id", "key", "split", "step", "value", "timestamp" FROM "metric_points_unpartitioned";

ALTER SEQUENCE "metric_points_id_seq" OWNED BY "metric_points"."id";

DROP TABLE "metric_points_unpartitioned";

-- A series' point count is 64-bit.
ALTER TABLE "metric_summaries" ALTER COLUMN "count" SET DATA TYPE BIGINT;
