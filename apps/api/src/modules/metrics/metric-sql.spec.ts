import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as sql from "./metric-sql";

/**
 * Every statement of the metrics module, written out as it is sent (builders with each shape they are called
 * with), against the reviewed snapshot next to this file: a change of query fails here until the snapshot is
 * rewritten (UPDATE_SQL_SNAPSHOT=1) and the diff is read in review.
 */
const SNAPSHOT = path.join(__dirname, "metric-sql.snapshot.sql");

/** How each builder is called: the shapes the module uses. */
const shapes: Record<string, Array<[label: string, text: string]>> = {
  summaryUpsert: [["summaryUpsert(2)", sql.summaryUpsert(2)]],
  rollupUpsert: [["rollupUpsert(2, \"\")", sql.rollupUpsert(2, "")]],
  pointsAtOnce: [["pointsAtOnce(8)", sql.pointsAtOnce(8)]],
  deleteRunRows: [
    ["deleteRunRows(\"metric_points\")", sql.deleteRunRows("metric_points")],
    ["deleteRunRows(\"metric_rollups\")", sql.deleteRunRows("metric_rollups")],
  ],
  historyJson: [
    ["historyJson(first page)", sql.historyJson(false)],
    ["historyJson(after a cursor)", sql.historyJson(true)],
  ],
  seriesPage: [
    ["seriesPage(first page)", sql.seriesPage(false)],
    ["seriesPage(after a cursor)", sql.seriesPage(true)],
  ],
};

function render(): string {
  const blocks: string[] = [];
  for (const [name, value] of Object.entries(sql)) {
    if (typeof value === "string") blocks.push(`-- ${name}\n${value.trim()};\n`);
    else {
      const called = shapes[name];
      if (!called) throw new Error(`metric-sql.ts exports ${name}, which this spec does not call: add its shapes`);
      for (const [label, text] of called) blocks.push(`-- ${label}\n${text.trim()};\n`);
    }
  }
  return `-- The metrics module's SQL, as sent (metric-sql.ts). Written by metric-sql.spec.ts: do not edit by hand.\n\n${blocks.join("\n")}`;
}

describe("the metrics module's SQL", () => {
  it("is the reviewed snapshot", () => {
    const rendered = render();
    if (process.env.UPDATE_SQL_SNAPSHOT === "1") writeFileSync(SNAPSHOT, rendered);
    expect(rendered).toBe(readFileSync(SNAPSHOT, "utf8"));
  });

  it("lives in metric-sql.ts alone: the module's other files send no SQL text of their own", () => {
    const statement = /[`"'](\s*)(SELECT|INSERT|UPDATE|DELETE|WITH|COPY)\s/;
    const offenders = readdirSync(__dirname)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".spec.ts") && file !== "metric-sql.ts")
      .filter((file) => statement.test(readFileSync(path.join(__dirname, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
