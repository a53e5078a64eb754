import { Injectable } from "@nestjs/common";
import { missingFramingFields, type Framing, type FramingFacts, type UpsertFramingInput } from "@lifecycle/domain";
import { invalidField } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import type { Db } from "../../prisma/prisma.service";
import { KpisService } from "../kpis/kpis.service";
import { ProjectsService } from "../projects/projects.service";
import { FramingRepository, type FramingFields, type FramingRow } from "./framing.repository";

const EMPTY_FACTS = {
  mlAppropriate: null,
  mlRationale: null,
  taskType: null,
  learningParadigm: null,
  modelFamily: null,
  applicationArea: null,
  approach: null,
  baseModel: null,
  successMetric: null,
  successKpiId: null,
  latencyConstraint: null,
  costConstraint: null,
  privacyConstraint: null,
};

function toFramingView(projectId: string, row: FramingRow | null): Framing {
  const facts = row ?? { ...EMPTY_FACTS, projectId, updatedAt: null };
  const missing = missingFramingFields(facts);
  return {
    ...(facts as Omit<Framing, "complete" | "missing" | "updatedAt">),
    projectId,
    complete: missing.length === 0,
    missing: missing.map((item) => item.field),
    updatedAt: facts.updatedAt ? facts.updatedAt.toISOString() : null,
  };
}

@Injectable()
export class FramingService {
  constructor(
    private readonly framing: FramingRepository,
    private readonly projects: ProjectsService,
    private readonly kpis: KpisService,
  ) {}

  async getFraming(projectRef: string): Promise<Framing> {
    const project = await this.projects.requireProject(projectRef);
    return toFramingView(project.id, await this.framing.findFramingByProject(project.id));
  }

  /** Saves the fields sent; fields left out keep their value, null clears one. */
  async saveFraming(projectRef: string, input: UpsertFramingInput): Promise<Framing> {
    const project = await this.projects.requireProject(projectRef);
    if (input.successKpiId) {
      const kpis = await this.kpis.findKpiTargets(project.id);
      if (!kpis.some((kpi) => kpi.id === input.successKpiId)) throw invalidField("successKpiId", "No KPI with this id in the project");
    }
    const row = await this.framing.upsertFraming(project.id, normaliseText(input) as FramingFields);
    return toFramingView(project.id, row);
  }

  /** The framing as the gates see it; null before it is first saved. */
  findFramingFacts(projectId: string, db?: Db): Promise<FramingFacts | null> {
    return this.framing.findFramingByProject(projectId, db);
  }
}
