import { evidenceProblems, type GateContext } from "./gates";

/** What an alias may be called: lowercase letters, digits, _ and -; `latest` and `v<N>` name versions already. */
export const ALIAS_PATTERN = /^[a-z0-9_-]{1,64}$/;

/** Why an alias name is refused, or null when it is fine. */
export function aliasProblem(alias: string): string | null {
  if (!ALIAS_PATTERN.test(alias)) return "Use 1 to 64 lowercase letters, digits, _ and -";
  if (alias === "latest") return "'latest' is reserved: it always means the newest version";
  if (/^v\d+$/.test(alias)) return `'${alias}' is reserved: v<N> always means version N`;
  return null;
}

/** A registered model's name: no slash (models:/<name>/<version> must parse) and no control characters. */
export function modelNameProblem(name: string): string | null {
  if (name.trim() !== name || name.length === 0) return "Must not be empty or start or end with spaces";
  if (name.length > 200) return "At most 200 characters";
  if (name.includes("/")) return "Must not contain '/': models:/<name>/<version> has to stay unambiguous";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return "Must not contain control characters";
  return null;
}

/** The evidence a version was registered with, frozen: what it is approved on. */
export interface VersionEvidence {
  runName: string | null;
  fitVerdict: string | null;
  testMetrics: Readonly<Record<string, number | null>>;
}

/**
 * Why a version may not be approved on its evidence, or an empty list when it may: the Model development gate's
 * rule (every KPI linked to a metric met on test, no over- or underfit), applied to the frozen snapshot.
 */
export function approvalProblems(kpis: GateContext["kpis"], evidence: VersionEvidence | null): string[] {
  if (!evidence || Object.keys(evidence.testMetrics).length === 0) return ["it has no test evaluation in its evidence (register it from a run evaluated on the test split)"];
  return evidenceProblems(kpis, evidence);
}

/** One move of an alias: from one version (null: it was new) to another (null: it was removed). */
export interface AliasMove {
  alias: string;
  fromVersion: number | null;
  toVersion: number | null;
  createdAt: Date;
}

/** The version an alias pointed to at an instant, from its moves (any order): null before it existed or after its removal. */
export function aliasVersionAt(moves: readonly AliasMove[], alias: string, at: Date): number | null {
  let found: AliasMove | null = null;
  for (const move of moves) {
    if (move.alias !== alias || move.createdAt.getTime() > at.getTime()) continue;
    if (!found || move.createdAt.getTime() >= found.createdAt.getTime()) found = move;
  }
  return found?.toVersion ?? null;
}

/** An alias's periods: which version it pointed to from when until when (null: still), oldest first. */
export function aliasPeriods(moves: readonly AliasMove[], alias: string): Array<{ version: number; from: Date; until: Date | null }> {
  const ordered = moves.filter((move) => move.alias === alias).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const periods: Array<{ version: number; from: Date; until: Date | null }> = [];
  for (const move of ordered) {
    const open = periods[periods.length - 1];
    if (open && open.until === null) open.until = move.createdAt;
    if (move.toVersion !== null) periods.push({ version: move.toVersion, from: move.createdAt, until: null });
  }
  return periods;
}
