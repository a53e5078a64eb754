import { Injectable } from "@nestjs/common";
import type { Readable } from "node:stream";
import {
  binaryCurves,
  classificationReport,
  confusionMatrixProblem,
  EVALUATION_LIMITS,
  RegressionAccumulator,
  type CreateEvaluationInput,
  type Evaluation,
} from "@lifecycle/domain";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { linesOf } from "../../common/lines";
import { normaliseText } from "../../common/text";
import { RunsService } from "../runs/runs.service";
import { EvaluationsRepository, type EvaluationRow } from "./evaluations.repository";

type Results = Pick<Evaluation, "classification" | "regression" | "generation">;
const SAMPLE_SIZE = 2000;
const CURVE_POINTS = 500;

/** At most `size` items, evenly spread, first and last kept. */
function thin<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  return Array.from({ length: size }, (_, index) => items[Math.round((index * (items.length - 1)) / (size - 1))]!);
}

/** A fixed-size random sample of a stream (reservoir sampling). */
export class PairSample {
  readonly pairs: Array<[number, number]> = [];
  private seen = 0;
  add(actual: number, predicted: number): void {
    this.seen += 1;
    if (this.pairs.length < SAMPLE_SIZE) this.pairs.push([actual, predicted]);
    else {
      const slot = Math.floor(Math.random() * this.seen);
      if (slot < SAMPLE_SIZE) this.pairs[slot] = [actual, predicted];
    }
  }
}

function regressionResults(accumulator: RegressionAccumulator, sample: Array<[number, number]>): Results["regression"] {
  const result = accumulator.result();
  return { ...result, sample };
}

/** Every figure by name, as KPIs and gates look them up. */
function flatMetrics(results: Results): Record<string, number | null> {
  const metrics: Record<string, number | null> = {};
  if (results.classification) {
    const report = results.classification;
    Object.assign(metrics, {
      accuracy: report.accuracy,
      precision_macro: report.macro.precision,
      recall_macro: report.macro.recall,
      f1_macro: report.macro.f1,
      precision_weighted: report.weighted.precision,
      recall_weighted: report.weighted.recall,
      f1_weighted: report.weighted.f1,
    });
    for (const perClass of report.perClass) {
      metrics[`precision_${perClass.label}`] = perClass.precision;
      metrics[`recall_${perClass.label}`] = perClass.recall;
      metrics[`f1_${perClass.label}`] = perClass.f1;
    }
    // Two labels: precision, recall and F1 of the positive one (the scores' positive label, else the second).
    if (report.labels.length === 2) {
      const positive = report.perClass.find((item) => item.label === (report.curves?.positiveLabel ?? report.labels[1]))!;
      Object.assign(metrics, { precision: positive.precision, recall: positive.recall, f1: positive.f1 });
    }
    if (report.curves) Object.assign(metrics, { roc_auc: report.curves.rocAuc, average_precision: report.curves.averagePrecision });
  }
  if (results.regression) {
    const { mae, mse, rmse, r2, mape } = results.regression;
    Object.assign(metrics, { mae, mse, rmse, r2, mape });
  }
  if (results.generation) {
    Object.assign(metrics, results.generation.scores);
    if (results.generation.humanRatings) metrics.human_rating_mean = results.generation.humanRatings.mean;
  }
  return metrics;
}

/** Evaluations of a run on its validation or test split: classification, regression or generation. */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly runs: RunsService,
  ) {}

  async listEvaluations(projectRef: string, runId: string): Promise<{ items: Evaluation[] }> {
    const run = await this.runs.getRun(projectRef, runId);
    const rows = await this.evaluations.findByRun(run.id);
    return { items: rows.map(toEvaluationView) };
  }

  async createEvaluation(projectRef: string, runId: string, input: CreateEvaluationInput): Promise<Evaluation> {
    const run = await this.writableRun(projectRef, runId);
    return this.store(run.id, input.split, input.kind, normaliseText({ name: input.name }).name ?? null, this.results(input));
  }

  /** Regression pairs as CSV lines "actual,predicted", read as they arrive, never held whole. */
  async createStreamedRegression(projectRef: string, runId: string, query: { split: "validation" | "test"; name?: string }, body: Readable): Promise<Evaluation> {
    const run = await this.writableRun(projectRef, runId);
    const lines = linesOf(body);
    const accumulator = new RegressionAccumulator();
    const sample = new PairSample();
    const actual: number[] = [];
    const predicted: number[] = [];
    let count = 0;
    let lineNumber = 0;
    const flush = () => {
      accumulator.add(actual, predicted);
      actual.length = 0;
      predicted.length = 0;
    };
    for await (const line of lines) {
      lineNumber += 1;
      const text = line.trim();
      if (!text) continue;
      const [first, second, extra] = text.split(",");
      const truth = Number(first);
      const guess = Number(second);
      if (extra !== undefined || first === undefined || second === undefined || first.trim() === "" || second.trim() === "" || !Number.isFinite(truth) || !Number.isFinite(guess)) {
        if (lineNumber === 1 && !/\d/.test(text)) continue; // a header
        throw invalidField("body", `Line ${lineNumber}: "${text.slice(0, 60)}" is not two finite numbers separated by a comma`);
      }
      count += 1;
      if (count > EVALUATION_LIMITS.streamedPairs) throw new DomainError("PAYLOAD_TOO_LARGE", `At most ${EVALUATION_LIMITS.streamedPairs.toLocaleString("en")} pairs per evaluation.`);
      actual.push(truth);
      predicted.push(guess);
      sample.add(truth, guess);
      if (actual.length === 10_000) flush();
    }
    flush();
    if (count === 0) throw invalidField("body", "No pairs: send lines of actual,predicted");
    return this.store(run.id, query.split, "REGRESSION", query.name?.trim() || null, { classification: null, regression: regressionResults(accumulator, sample.pairs), generation: null });
  }

  async deleteEvaluation(projectRef: string, runId: string, evaluationId: string): Promise<void> {
    const run = await this.runs.getRun(projectRef, runId);
    if (!(await this.evaluations.delete(run.id, evaluationId))) throw new DomainError("EVALUATION_NOT_FOUND", `The run has no evaluation "${evaluationId}".`);
  }

  private async writableRun(projectRef: string, runId: string) {
    const run = await this.runs.getRun(projectRef, runId);
    if (run.deletedAt) throw new DomainError("RUN_DELETED", "The run is deleted: restore it before evaluating it.");
    return run;
  }

  private results(input: CreateEvaluationInput): Results {
    switch (input.kind) {
      case "CLASSIFICATION": {
        const problem = confusionMatrixProblem(input.labels, input.matrix);
        if (problem) throw invalidField(problem.path, problem.message);
        const report = classificationReport(input.labels, input.matrix);
        let curves: NonNullable<Results["classification"]>["curves"] = null;
        if (input.binaryScores) {
          const { positiveLabel, scores, actual } = input.binaryScores;
          if (input.labels.length !== 2) throw invalidField("binaryScores", "ROC and precision-recall curves are for two labels");
          if (!input.labels.includes(positiveLabel)) throw invalidField("binaryScores.positiveLabel", `Not one of the labels: ${input.labels.join(", ")}`);
          if (scores.length !== actual.length) throw invalidField("binaryScores.actual", `${scores.length} scores for ${actual.length} items; they must pair up`);
          if (!actual.includes(true) || !actual.includes(false)) throw invalidField("binaryScores.actual", "Curves need both positive and negative items");
          const computed = binaryCurves(scores, actual);
          const point = ({ x, y }: { x: number; y: number }) => ({ x, y });
          curves = { positiveLabel, roc: thin(computed.roc, CURVE_POINTS).map(point), rocAuc: computed.rocAuc, pr: thin(computed.pr, CURVE_POINTS).map(point), averagePrecision: computed.averagePrecision };
        }
        return { classification: { labels: input.labels, matrix: input.matrix, ...report, curves }, regression: null, generation: null };
      }
      case "REGRESSION": {
        const pairs = input.actual !== undefined || input.predicted !== undefined;
        if (pairs === (input.values !== undefined)) throw invalidField("values", "Give either actual and predicted values, or the computed values");
        if (input.values) return { classification: null, regression: { count: null, ...input.values, mapeExcluded: null, residuals: null, sample: [] }, generation: null };
        const actual = input.actual ?? [];
        const predicted = input.predicted ?? [];
        if (actual.length !== predicted.length) throw invalidField("predicted", `${predicted.length} predictions for ${actual.length} actual values; they must pair up`);
        if (actual.length === 0) throw invalidField("actual", "Give at least one pair");
        const accumulator = new RegressionAccumulator();
        accumulator.add(actual, predicted);
        return { classification: null, regression: regressionResults(accumulator, thin(actual.map((value, index): [number, number] => [value, predicted[index]!]), SAMPLE_SIZE)), generation: null };
      }
      case "GENERATION": {
        if (Object.keys(input.scores).length === 0) throw invalidField("scores", "Give at least one score");
        const ratings = input.humanRatings;
        return { classification: null, regression: null, generation: { scores: input.scores, humanRatings: ratings ? { count: ratings.count, mean: ratings.mean, scaleMax: ratings.scaleMax ?? null } : null } };
      }
    }
  }

  private async store(runId: string, split: string, kind: Evaluation["kind"], name: string | null, results: Results): Promise<Evaluation> {
    const row = await this.evaluations.create({ runId, split, kind, name, results, metrics: flatMetrics(results) });
    return toEvaluationView(row);
  }
}

function toEvaluationView(row: EvaluationRow): Evaluation {
  const results = row.results as Results;
  return {
    id: row.id,
    runId: row.runId,
    split: row.split as Evaluation["split"],
    kind: row.kind,
    name: row.name,
    metrics: row.metrics as Evaluation["metrics"],
    classification: results.classification ?? null,
    regression: results.regression ?? null,
    generation: results.generation ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
