import os from "node:os";
import path from "node:path";
import { Test, type TestingModule } from "@nestjs/testing";
import { STAGE_CHECKLIST_SEEDS, STAGES } from "@lifecycle/domain";
import { createTestDatabase, type TestDatabase } from "../../../test/support/test-database";
import type { Principal } from "../../common/auth/principal";
import { AppModule } from "../../app.module";
import { DatabaseConfig } from "../../prisma/database-config";
import { PrismaService } from "../../prisma/prisma.service";
import { FramingService } from "../framing/framing.service";
import { KpisService } from "../kpis/kpis.service";
import { ProjectsService } from "../projects/projects.service";
import { StagesRepository } from "./stages.repository";
import { StagesService } from "./stages.service";

const ADMIN: Principal = { userId: null, name: "Integration", email: null, isAdmin: true, method: "env", sessionId: null, csrfToken: null };

let database: TestDatabase;
let moduleRef: TestingModule;
let projects: ProjectsService;
let stages: StagesService;
let prisma: PrismaService;

beforeAll(async () => {
  database = await createTestDatabase();
  moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: new DatabaseConfig(database.url, false), artifactRoot: path.join(os.tmpdir(), "lifecycle-int-artifacts") })] }).compile();
  projects = moduleRef.get(ProjectsService);
  stages = moduleRef.get(StagesService);
  prisma = moduleRef.get(PrismaService);
});

afterAll(async () => {
  await moduleRef?.close();
  await database?.drop();
});

async function readyProject(name: string) {
  const project = await projects.createProject(ADMIN, { name, businessGoal: "Fewer spam tickets" });
  await moduleRef.get(KpisService).createKpi(project.id, { name: "Recall", direction: "HIGHER_IS_BETTER", target: 0.9 });
  await moduleRef.get(FramingService).saveFraming(project.id, {
    mlAppropriate: true,
    mlRationale: "Rules do not keep up",
    taskType: "binary_classification",
    learningParadigm: "supervised",
    modelFamily: "knn",
    applicationArea: "text_classification",
    approach: "train_from_scratch",
    successMetric: "Recall",
  });
  return project;
}

describe("StagesService with Postgres", () => {
  it("creates every stage row and the seeded checklist with a project", async () => {
    const project = await projects.createProject(ADMIN, { name: "Seeded" });
    const rows = await prisma.projectStage.findMany({ where: { projectId: project.id } });
    expect(rows.map((row) => row.stage).sort()).toEqual([...STAGES].sort());
    for (const stage of STAGES) {
      const labels = (await prisma.checklistItem.findMany({ where: { projectId: project.id, stage }, orderBy: { position: "asc" } })).map((item) => item.label);
      expect(labels).toEqual(STAGE_CHECKLIST_SEEDS[stage]);
    }
  });

  it("keeps nothing of a move whose audit entry cannot be written", async () => {
    const project = await readyProject("Atomic");
    const failure = jest.spyOn(moduleRef.get(StagesRepository), "createTransition").mockRejectedValueOnce(new Error("disk full"));
    await expect(stages.transitionProject(ADMIN, project.id, { to: "PROBLEM_FRAMING", override: false })).rejects.toThrow("disk full");
    failure.mockRestore();

    const stored = await projects.getProject(ADMIN, project.id);
    expect(stored).toMatchObject({ currentStage: "GOALS_KPIS", version: project.version });
    const goals = await prisma.projectStage.findUnique({ where: { projectId_stage: { projectId: project.id, stage: "GOALS_KPIS" } } });
    expect(goals).toMatchObject({ status: "IN_PROGRESS", endedAt: null });
    expect(await prisma.stageTransition.count({ where: { projectId: project.id } })).toBe(0);

    const moved = await stages.transitionProject(ADMIN, project.id, { to: "PROBLEM_FRAMING", override: false });
    expect(moved.project.currentStage).toBe("PROBLEM_FRAMING");
  });

  it("evaluates the gate inside the move's transaction, on the data as it is then", async () => {
    const project = await readyProject("Fresh gate");
    await projects.updateProject(ADMIN, project.id, { version: project.version, businessGoal: "" });
    await expect(stages.transitionProject(ADMIN, project.id, { to: "PROBLEM_FRAMING", override: false })).rejects.toMatchObject({ code: "STAGE_GATE_UNMET" });
  });
});
