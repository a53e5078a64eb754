import { FilterSyntaxError, parseFilter, type FilterNode } from "@lifecycle/domain";
import { invalid } from "./mlflow-fields";

/** A WHERE fragment with its values, numbered after those already bound. */
export interface SqlFilter {
  sql: string;
  values: unknown[];
}

/** What each searchable attribute is in SQL (m: registered_models, v: model_versions), and whether it compares as a number. */
export type RegistryColumns = Record<string, { sql: string; numeric?: boolean }>;

export const MODEL_COLUMNS: RegistryColumns = { name: { sql: "m.name" } };
export const VERSION_COLUMNS: RegistryColumns = {
  name: { sql: "m.name" },
  run_id: { sql: "v.run_id::text" },
  source_path: { sql: "v.source" },
  version_number: { sql: "v.version", numeric: true },
  current_stage: { sql: "v.stage" },
};

/**
 * MLflow's registry search filter (`name LIKE 'spam%' AND tags.team = 'nlp'`, `run_id IN ('…')`) as SQL over the
 * given columns and the `tags` JSON of `tagsOf` (m or v): parsed by the run-search parser, so that its limits and
 * errors are the same. OR is not part of MLflow's registry language and is refused as MLflow does.
 */
export function registryFilter(source: string | undefined, columns: RegistryColumns, tagsOf: "m" | "v", firstParam: number): SqlFilter | null {
  if (!source?.trim()) return null;
  let node: FilterNode | null;
  try {
    node = parseFilter(source, Object.keys(columns));
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw invalid(`Invalid filter '${source}': ${error.message}`);
    throw error;
  }
  if (!node) return null;
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return `$${firstParam + values.length - 1}`;
  };
  const fieldSql = (field: { scope: string; key: string }): { sql: string; numeric: boolean } => {
    if (field.scope === "tag") return { sql: `(${tagsOf}.tags ->> ${bind(field.key)})`, numeric: false };
    const column = field.scope === "attribute" ? columns[field.key] : undefined;
    if (!column) throw invalid(`Invalid attribute key '${field.key}' specified. Valid keys are '${Object.keys(columns).join("', '")}' and tags.<key>.`);
    return { sql: column.sql, numeric: !!column.numeric };
  };
  const literal = (value: { type: string; value: number | string }, numeric: boolean) => {
    if (numeric) {
      const number = typeof value.value === "number" ? value.value : Number(value.value);
      if (!Number.isInteger(number) || Math.abs(number) > 2 ** 31) throw invalid(`Invalid filter '${source}': a version number is a whole number.`);
      return bind(number);
    }
    return bind(String(value.value));
  };
  const walk = (current: FilterNode): string => {
    if ("children" in current) {
      if (current.kind === "or") throw invalid(`Invalid filter '${source}': the registry search joins conditions with AND only.`);
      return current.children.map((child) => `(${walk(child)})`).join(" AND ");
    }
    const field = fieldSql(current.field);
    if (current.kind === "in") return `${field.sql} ${current.negated ? "NOT " : ""}IN (${current.values.map((value) => literal(value, field.numeric)).join(", ")})`;
    if ((current.operator === "LIKE" || current.operator === "ILIKE") && field.numeric) throw invalid(`Invalid filter '${source}': ${current.operator} compares text.`);
    if (!field.numeric && !["=", "!=", "LIKE", "ILIKE"].includes(current.operator)) throw invalid(`Invalid filter '${source}': '${current.operator}' is not a comparison for text; use =, !=, LIKE or ILIKE.`);
    return `${field.sql} ${current.operator === "!=" ? "<>" : current.operator} ${literal(current.value, field.numeric)}`;
  };
  return { sql: walk(node), values };
}

/** MLflow's order_by for the registry: `name`, `timestamp` / `last_updated_timestamp`, `creation_timestamp`, `version_number`, each ASC or DESC. */
export function registryOrder(value: unknown, table: "m" | "v"): string {
  const items = Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value];
  const columns: Record<string, string> = {
    name: "m.name",
    timestamp: `${table}.updated_at`,
    last_updated_timestamp: `${table}.updated_at`,
    creation_timestamp: `${table}.created_at`,
    ...(table === "v" ? { version_number: "v.version" } : {}),
  };
  const parts = items.map((item) => {
    const match = typeof item === "string" ? /^\s*([a-z_]+)(?:\s+(ASC|DESC))?\s*$/i.exec(item) : null;
    const column = match ? columns[match[1]!.toLowerCase()] : undefined;
    if (!match || !column) throw invalid(`Invalid order_by clause ${JSON.stringify(item)}: order by ${Object.keys(columns).join(", ")}, each ASC or DESC.`);
    return `${column} ${(match[2] ?? "ASC").toUpperCase()}`;
  });
  return parts.length ? parts.join(", ") : table === "m" ? "m.name ASC" : "v.created_at DESC, v.version DESC";
}
