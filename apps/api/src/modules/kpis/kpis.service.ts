import { Injectable } from "@nestjs/common";
import {
  kpiTargetProblem,
  meetsKpi,
  type CreateKpiInput,
  type CreateMeasurementInput,
  type UpdateMeasurementInput,
  type Kpi,
  type KpiSnapshot,
  type KpiMeasurementView,
  type Run,
  type UpdateKpiInput,
} from "@lifecycle/domain";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import type { Db } from "../../prisma/prisma.service";
import { ProjectsService } from "../projects/projects.service";
import { toKpiView, toMeasurementView } from "./kpis.mapper";
import { KpisRepository, type KpiRow } from "./kpis.repository";

function deadlineDate(deadline: string | null | undefined): Date | null | undefined {
  if (deadline === undefined) return undefined;
  return deadline ? new Date(`${deadline}T00:00:00.000Z`) : null;
}

/** How the runs' test evaluations measure up to a metric-linked KPI; null for a KPI without a metric or a target. */
function kpiEvidence(kpi: { metricKey: string | null; target: number | null; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"; unit: string | null; name: string }, tested: Array<{ runId: string; runName: string; experimentId: string; metrics: Record<string, number | null> }>): Kpi["evidence"] {
  if (!kpi.metricKey || kpi.target === null) return null;
  const linked = { ...kpi, metricKey: kpi.metricKey, target: kpi.target };
  const evaluated = tested.filter((entry) => typeof entry.metrics[linked.metricKey] === "number" && Number.isFinite(entry.metrics[linked.metricKey]));
  const better = (a: number, b: number) => (kpi.direction === "LOWER_IS_BETTER" ? a < b : a > b);
  const best = evaluated.reduce<(typeof evaluated)[number] | null>((winner, entry) => (!winner || better(entry.metrics[linked.metricKey]!, winner.metrics[linked.metricKey]!) ? entry : winner), null);
  return {
    runsMeeting: evaluated.filter((entry) => meetsKpi(linked, entry.metrics)).length,
    runsEvaluated: evaluated.length,
    best: best ? { runId: best.runId, runName: best.runName, experimentId: best.experimentId, value: best.metrics[linked.metricKey]! } : null,
  };
}

@Injectable()
export class KpisService {
  constructor(
    private readonly kpis: KpisRepository,
    private readonly projects: ProjectsService,
  ) {}

  async listKpis(projectRef: string): Promise<{ items: Kpi[] }> {
    const project = await this.projects.requireProject(projectRef);
    const now = new Date();
    const rows = await this.kpis.findKpisByProject(project.id);
    const tested = rows.some((row) => row.metricKey) ? await this.kpis.findTestMetrics(project.id) : [];
    return { items: rows.map((row) => toKpiView(row, now, kpiEvidence(row, tested))) };
  }

  /** Each KPI's latest value and status now: what an iteration records before and after. */
  async snapshots(projectId: string): Promise<KpiSnapshot[]> {
    const now = new Date();
    const rows = await this.kpis.findKpisByProject(projectId);
    const tested = rows.some((row) => row.metricKey) ? await this.kpis.findTestMetrics(projectId) : [];
    return rows.map((row) => {
      const view = toKpiView(row, now, kpiEvidence(row, tested));
      return { kpiId: view.id, name: view.name, unit: view.unit, direction: view.direction, target: view.target, value: view.assessment.current, status: view.assessment.status };
    });
  }

  /** A KPI with its evidence from the runs' test evaluations. */
  private async present(row: KpiRow): Promise<Kpi> {
    return toKpiView(row, new Date(), kpiEvidence(row, row.metricKey ? await this.kpis.findTestMetrics(row.projectId) : []));
  }

  /** The project's metric-linked KPIs against each of these runs' latest test evaluation. */
  async kpiResultsForRuns(projectId: string, runIds: string[]): Promise<Map<string, Run["kpis"]>> {
    const linked = (await this.kpis.findKpiTargetsByProject(projectId)).filter((kpi) => kpi.metricKey && kpi.target !== null);
    const results = new Map<string, Run["kpis"]>(runIds.map((id) => [id, []]));
    if (!linked.length || !runIds.length) return results;
    const tested = new Map((await this.kpis.findTestMetrics(projectId, runIds)).map((entry) => [entry.runId, entry.metrics]));
    for (const runId of runIds) {
      const metrics = tested.get(runId) ?? {};
      results.set(
        runId,
        linked.map((kpi) => ({ kpiId: kpi.id, name: kpi.name, value: metrics[kpi.metricKey!] ?? null, met: meetsKpi({ ...kpi, metricKey: kpi.metricKey!, target: kpi.target! }, metrics) })),
      );
    }
    return results;
  }

  async getKpi(projectRef: string, kpiId: string): Promise<Kpi> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.kpis.findKpi(project.id, kpiId);
    if (!row) throw this.kpiNotFound(kpiId, project.slug);
    return this.present(row);
  }

  async createKpi(projectRef: string, input: CreateKpiInput): Promise<Kpi> {
    const project = await this.projects.requireProject(projectRef);
    const fields = normaliseText(input);
    this.checkTarget(input.direction, fields.baseline ?? null, fields.target ?? null);
    const row = await this.kpis
      .createKpi({ ...fields, projectId: project.id, deadline: deadlineDate(fields.deadline) })
      .catch((error: unknown) => this.rethrowNameTaken(error, input.name));
    return this.present(row);
  }

  async updateKpi(projectRef: string, kpiId: string, input: UpdateKpiInput): Promise<Kpi> {
    const current = await this.requireKpi(projectRef, kpiId);
    const fields = normaliseText(input);
    this.checkTarget(
      fields.direction ?? current.direction,
      fields.baseline === undefined ? current.baseline : fields.baseline,
      fields.target === undefined ? current.target : fields.target,
    );
    const row = await this.kpis
      .updateKpi(current.id, { ...fields, deadline: deadlineDate(fields.deadline) })
      .catch((error: unknown) => this.rethrowNameTaken(error, input.name ?? current.name));
    return this.present(row);
  }

  async deleteKpi(projectRef: string, kpiId: string): Promise<void> {
    const current = await this.requireKpi(projectRef, kpiId);
    await this.kpis.deleteKpi(current.id);
  }

  async listMeasurements(projectRef: string, kpiId: string, page: number, pageSize: number) {
    const kpi = await this.requireKpi(projectRef, kpiId);
    const { rows, total } = await this.kpis.findMeasurementsPage(kpi.id, page, pageSize);
    return { items: rows.map(toMeasurementView), total, page, pageSize };
  }

  /**
   * Records a measurement. With an idempotency key, a retry of the same request
   * writes nothing and answers the first result (the key is stored with the row,
   * in the same insert, so a crash cannot separate them); the same key with other
   * values is a conflict.
   */
  async addMeasurement(projectRef: string, kpiId: string, input: CreateMeasurementInput, idempotencyKey?: string): Promise<KpiMeasurementView> {
    const kpi = await this.requireKpi(projectRef, kpiId);
    const fields = normaliseText(input);
    const data = {
      kpiId: kpi.id,
      value: input.value,
      measuredAt: input.measuredAt ? new Date(input.measuredAt) : new Date(),
      source: fields.source ?? null,
      note: fields.note ?? null,
      idempotencyKey: idempotencyKey ?? null,
    };
    try {
      return toMeasurementView(await this.kpis.createMeasurement(data));
    } catch (error) {
      if (!idempotencyKey || !isUniqueViolation(error)) throw error;
      const first = await this.kpis.findMeasurementByIdempotencyKey(kpi.id, idempotencyKey);
      const same = first && first.value === data.value && first.source === data.source && first.note === data.note && (!input.measuredAt || first.measuredAt.getTime() === data.measuredAt.getTime());
      if (!first || !same) {
        throw new DomainError("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different measurement; use a new key for a new request.", [
          { path: "Idempotency-Key", message: "Used before with other values" },
        ]);
      }
      return toMeasurementView(first);
    }
  }

  async updateMeasurement(projectRef: string, kpiId: string, measurementId: string, input: UpdateMeasurementInput): Promise<KpiMeasurementView> {
    const kpi = await this.requireKpi(projectRef, kpiId);
    const fields = normaliseText(input);
    const updated = await this.kpis.updateMeasurement(kpi.id, measurementId, {
      ...(input.value !== undefined ? { value: input.value } : {}),
      ...(input.measuredAt !== undefined ? { measuredAt: new Date(input.measuredAt) } : {}),
      ...("source" in fields ? { source: fields.source ?? null } : {}),
      ...("note" in fields ? { note: fields.note ?? null } : {}),
    });
    if (!updated) throw new DomainError("MEASUREMENT_NOT_FOUND", `No measurement "${measurementId}" on KPI "${kpi.name}".`);
    return toMeasurementView(updated);
  }

  async deleteMeasurement(projectRef: string, kpiId: string, measurementId: string): Promise<void> {
    const kpi = await this.requireKpi(projectRef, kpiId);
    if (!(await this.kpis.deleteMeasurement(kpi.id, measurementId))) {
      throw new DomainError("MEASUREMENT_NOT_FOUND", `No measurement "${measurementId}" on KPI "${kpi.name}".`);
    }
  }

  /** Names and targets of a project's KPIs, for gate checks. */
  findKpiTargets(projectId: string, db?: Db) {
    return this.kpis.findKpiTargetsByProject(projectId, db);
  }

  private async requireKpi(projectRef: string, kpiId: string) {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.kpis.findKpiCore(project.id, kpiId);
    if (!row) throw this.kpiNotFound(kpiId, project.slug);
    return row;
  }

  private kpiNotFound(kpiId: string, projectSlug: string): DomainError {
    return new DomainError("KPI_NOT_FOUND", `No KPI "${kpiId}" in project "${projectSlug}".`);
  }

  private checkTarget(direction: KpiRow["direction"], baseline: number | null, target: number | null): void {
    const problem = kpiTargetProblem(direction, baseline, target);
    if (problem) throw invalidField("target", problem);
  }

  private rethrowNameTaken(error: unknown, name: string): never {
    if (isUniqueViolation(error)) {
      throw new DomainError("KPI_NAME_TAKEN", `The project already has a KPI named "${name}".`, [{ path: "name", message: "Already taken" }]);
    }
    throw error;
  }
}
