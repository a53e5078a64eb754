import { Injectable } from "@nestjs/common";
import { DEFAULT_FIT_THRESHOLDS, diagnoseFit, guessDirection, type FitThresholdsInput, type Run, type RunFit } from "@lifecycle/domain";
import { DomainError } from "../../common/errors/domain-error";
import { ProjectsService } from "../projects/projects.service";
import { RunsService } from "../runs/runs.service";
import { MetricStore } from "../metrics/metric-store";
import { EvaluationsRepository } from "./evaluations.repository";

const CURVE_POINTS = 2000;

/** The metrics a run logged on both train and validation, loss first. */
export function fitCandidates(run: Pick<Run, "metrics">): string[] {
  const splitsOf = new Map<string, Set<string | null>>();
  for (const metric of run.metrics) splitsOf.set(metric.key, (splitsOf.get(metric.key) ?? new Set()).add(metric.split));
  const keys = [...splitsOf.entries()].filter(([, splits]) => splits.has("train") && splits.has("validation")).map(([key]) => key);
  return keys.sort((a, b) => Number(b === "loss") - Number(a === "loss") || a.localeCompare(b));
}

/** Fit diagnosis of a run from its train and validation curves, with the project's thresholds and its KPI target. */
@Injectable()
export class FitService {
  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly runs: RunsService,
    private readonly projects: ProjectsService,
    private readonly metrics: MetricStore,
  ) {}

  async thresholds(projectRef: string) {
    const project = await this.projects.requireProject(projectRef);
    return { ...DEFAULT_FIT_THRESHOLDS, ...((await this.evaluations.projectThresholds(project.id)) as FitThresholdsInput | null) };
  }

  async saveThresholds(projectRef: string, input: FitThresholdsInput) {
    const project = await this.projects.requireProject(projectRef);
    const current = (await this.evaluations.projectThresholds(project.id)) as FitThresholdsInput | null;
    await this.evaluations.saveProjectThresholds(project.id, { ...current, ...input });
    return this.thresholds(project.id);
  }

  /** Diagnoses the run on a metric (by default loss, or the first with both splits) and keeps the verdict on the run. */
  async diagnose(projectRef: string, runId: string, query: { metric?: string; direction?: "LOWER_IS_BETTER" | "HIGHER_IS_BETTER" } = {}): Promise<RunFit> {
    const project = await this.projects.requireProject(projectRef);
    const run = await this.runs.getRun(project.id, runId);
    const available = fitCandidates(run);
    if (query.metric && !available.includes(query.metric)) {
      throw new DomainError("VALIDATION_FAILED", `metric: the run has no "${query.metric}" on both train and validation`, [{ path: "metric", message: `Logged on both: ${available.join(", ") || "none"}` }]);
    }
    const metric = query.metric ?? available[0] ?? null;
    const kpi = metric ? await this.evaluations.linkedKpi(project.id, metric) : null;
    const direction = query.direction ?? kpi?.direction ?? guessDirection(metric ?? "loss");
    // A KPI kept in % compares with the metric × 100.
    const target = kpi?.target === null || kpi?.target === undefined ? null : kpi.unit === "%" ? kpi.target / 100 : kpi.target;
    if (!metric) {
      await this.evaluations.saveVerdict(run.id, null);
      return { metric: null, direction, target, available, diagnosis: null };
    }
    const thresholds = await this.thresholds(project.id);
    const curves = await Promise.all(
      (["train", "validation"] as const).map((split) => this.metrics.sample(project.id, { runIds: [run.id], keys: [metric], split, fromStep: 0, toStep: Number.MAX_SAFE_INTEGER, maxPoints: CURVE_POINTS })),
    );
    const [train, validation] = curves.map((series) => series[0]?.points ?? []);
    const siblings = await this.evaluations.siblingFinals(run.experimentId, run.params, metric);
    const diagnosis = diagnoseFit({ train: train!, validation: validation!, direction, target, siblings, thresholds });
    await this.evaluations.saveVerdict(run.id, diagnosis.verdict);
    return { metric, direction, target, available, diagnosis };
  }
}
