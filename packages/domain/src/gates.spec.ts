import type { FramingFacts } from "./framing";
import { evaluateGate, GATES, meetsKpi, type GateContext } from "./gates";
import { STAGES } from "./stages";

const completeFraming: FramingFacts = {
  mlAppropriate: true,
  mlRationale: "Rules cannot keep up with spam patterns",
  taskType: "binary_classification",
  learningParadigm: "supervised",
  modelFamily: "knn",
  applicationArea: "text_classification",
  approach: "train_from_scratch",
  baseModel: null,
  successMetric: "F1 on the test split",
};

function context(overrides: Partial<GateContext> = {}): GateContext {
  return { project: { businessGoal: "Cut support load" }, kpis: [{ name: "Spam caught", target: 0.95 }], framing: completeFraming, dataVersions: [], candidates: [], ...overrides };
}

const check = (stage: Parameters<typeof evaluateGate>[0], ctx: GateContext, id: string) => evaluateGate(stage, ctx).checks.find((item) => item.id === id);

describe("Goals & KPIs gate", () => {
  it("passes with a business goal and a KPI with a target", () => {
    const gate = evaluateGate("GOALS_KPIS", context());
    expect(gate.passed).toBe(true);
    expect(gate.checks.map((item) => item.id)).toEqual(["business_goal", "kpi_with_target"]);
    expect(check("GOALS_KPIS", context(), "kpi_with_target")?.reason).toBe("1 KPI with a target: Spam caught.");
  });

  it.each([null, "", "   "])("fails without a business goal (%j)", (businessGoal) => {
    const result = check("GOALS_KPIS", context({ project: { businessGoal } }), "business_goal");
    expect(result).toMatchObject({ passed: false, reason: "The project has no business goal yet." });
  });

  it("fails without any KPI", () => {
    expect(check("GOALS_KPIS", context({ kpis: [] }), "kpi_with_target")).toMatchObject({ passed: false, reason: "No KPI has been defined yet." });
  });

  it("fails when no KPI has a target", () => {
    const result = check("GOALS_KPIS", context({ kpis: [{ name: "Latency", target: null }] }), "kpi_with_target");
    expect(result).toMatchObject({ passed: false, reason: "No KPI has a target yet." });
    expect(evaluateGate("GOALS_KPIS", context({ kpis: [{ name: "Latency", target: null }] })).passed).toBe(false);
  });
});

describe("Problem framing gate", () => {
  it("passes with a complete framing that judges ML appropriate", () => {
    expect(evaluateGate("PROBLEM_FRAMING", context()).passed).toBe(true);
  });

  it("fails before any framing is saved, naming what is missing", () => {
    const gate = evaluateGate("PROBLEM_FRAMING", context({ framing: null }));
    expect(gate.passed).toBe(false);
    expect(gate.checks[0]).toMatchObject({
      id: "framing_complete",
      passed: false,
      reason:
        "The framing is missing: whether ML is appropriate, the rationale, task type, learning paradigm, model family, application area, approach, success metric.",
    });
    expect(gate.checks[1]).toMatchObject({ id: "ml_appropriate", passed: false, reason: "Whether ML is appropriate has not been decided." });
  });

  it("fails when ML is judged not appropriate, even though that framing is complete", () => {
    const framing = { ...completeFraming, mlAppropriate: false, taskType: null };
    expect(check("PROBLEM_FRAMING", context({ framing }), "framing_complete")?.passed).toBe(true);
    expect(check("PROBLEM_FRAMING", context({ framing }), "ml_appropriate")).toMatchObject({
      passed: false,
      reason: "ML was judged not appropriate: revise the framing or close the project.",
    });
  });

  it("asks for a base model when the approach starts from one", () => {
    const framing = { ...completeFraming, approach: "rag", baseModel: null };
    expect(check("PROBLEM_FRAMING", context({ framing }), "framing_complete")).toMatchObject({
      passed: false,
      reason: "The framing is missing: base or foundation model.",
    });
    expect(check("PROBLEM_FRAMING", context({ framing: { ...framing, baseModel: "Llama 3 8B" } }), "framing_complete")?.passed).toBe(true);
  });
});

describe("Data gate", () => {
  const splits = (...names: string[]) => names.map((name) => ({ name, count: 10 }));

  it("passes with a version split into train, validation and test, naming it", () => {
    const gate = evaluateGate("DATA", context({ dataVersions: [{ dataSetName: "Emails", version: 2, splits: splits("train", "validation", "test") }] }));
    expect(gate.passed).toBe(true);
    expect(gate.checks).toEqual([{ id: "data_with_splits", label: "Data registered with train, validation and test splits", passed: true, reason: "Emails v2 has train, validation and test splits." }]);
  });

  it("says what is missing: no version at all, or which splits the newest lacks", () => {
    expect(check("DATA", context(), "data_with_splits")).toMatchObject({ passed: false, reason: expect.stringMatching(/^No data set version is registered yet/) });
    const partial = context({ dataVersions: [{ dataSetName: "Emails", version: 1, splits: [...splits("train"), { name: "test", count: 0 }] }] });
    expect(check("DATA", partial, "data_with_splits")).toMatchObject({ passed: false, reason: "No data set version has all three splits: Emails v1 lacks validation and test." });
  });

  it("needs no data when the approach trains nothing, and says so", () => {
    for (const approach of ["prompt_engineering", "rag"]) {
      const result = check("DATA", context({ framing: { ...completeFraming, approach } }), "data_with_splits");
      expect(result).toMatchObject({ passed: true, reason: expect.stringMatching(/trains nothing: no training data is needed\.$/) });
    }
    expect(check("DATA", context({ framing: { ...completeFraming, approach: "fine_tuning" } }), "data_with_splits")?.passed).toBe(false);
  });
});

describe("Model development gate", () => {
  const recall = { name: "Spam caught", target: 97, metricKey: "recall", direction: "HIGHER_IS_BETTER" as const, unit: "%" };
  const error = { name: "Forecast error", target: 8, metricKey: "mape", direction: "LOWER_IS_BETTER" as const, unit: "%" };

  it("passes with a finished run meeting every linked KPI on test and fitting well, naming it", () => {
    const gate = evaluateGate("MODEL_DEVELOPMENT", context({ kpis: [recall, error, { name: "Unlinked", target: 1 }], candidates: [{ runName: "knn-k5", fitVerdict: "BALANCED", testMetrics: { recall: 0.98, mape: 0.07 } }] }));
    expect(gate.passed).toBe(true);
    expect(gate.checks[0]!.reason).toBe("knn-k5 meets Spam caught, Forecast error on test with a balanced fit.");
  });

  it("says what the closest run lacks: a KPI, a figure, or a good fit", () => {
    const candidates: GateContext["candidates"] = [
      { runName: "a", fitVerdict: "OVERFIT", testMetrics: { recall: 0.5 } },
      { runName: "b", fitVerdict: "OVERFIT", testMetrics: { recall: 0.99, mape: 0.05 } },
    ];
    expect(check("MODEL_DEVELOPMENT", context({ kpis: [recall, error], candidates }), "candidate_run")).toMatchObject({
      passed: false,
      reason: "No run qualifies yet. Closest, b: its fit is diagnosed overfitting.",
    });
    expect(check("MODEL_DEVELOPMENT", context({ kpis: [recall, error], candidates: [candidates[0]!] }), "candidate_run")?.reason).toBe(
      "No run qualifies yet. Closest, a: Spam caught needs recall ≥ 97 %; no test mape for Forecast error; its fit is diagnosed overfitting.",
    );
    expect(check("MODEL_DEVELOPMENT", context({ kpis: [recall] }), "candidate_run")).toMatchObject({ passed: false, reason: "No finished run has a test evaluation yet." });
  });

  it("judges without linked KPIs by the evaluation and the fit alone, runs without curves included", () => {
    expect(check("MODEL_DEVELOPMENT", context({ kpis: [], candidates: [{ runName: "rag-v2", fitVerdict: "NOT_ENOUGH_DATA", testMetrics: { faithfulness: 0.9 } }] }), "candidate_run")).toMatchObject({
      passed: true,
      reason: "rag-v2 has a test evaluation and no training curves to judge its fit by (no KPI is linked to a metric).",
    });
  });

  it("compares KPIs outside % with the figure as it is", () => {
    expect(meetsKpi({ ...error, unit: null, target: 0.08 }, { mape: 0.07 })).toBe(true);
    expect(meetsKpi({ ...error, unit: null, target: 0.08 }, { mape: 0.09 })).toBe(false);
    expect(meetsKpi(recall, { recall: Number.NaN })).toBe(false);
  });
});

describe("Deployment gate", () => {
  const variant = { name: "primary", role: "PRIMARY" as const, trafficPercent: 100, modelVersion: { label: "spam v1", approval: "APPROVED" as const }, baseModel: null, customization: null };
  const deployment = { name: "inbox-api", environment: "PRODUCTION" as const, status: "LIVE" as const, variants: [variant] };

  it("passes with an approved version live in production, naming the deployment", () => {
    expect(check("DEPLOYMENT", context({ deployments: [deployment] }), "live_in_production")).toMatchObject({ passed: true, reason: "inbox-api serves spam v1 (100 %) in production." });
  });

  it("says what is missing", () => {
    expect(check("DEPLOYMENT", context(), "live_in_production")).toMatchObject({ passed: false, reason: "No deployment yet: deploy an approved model version to production." });
    expect(check("DEPLOYMENT", context({ deployments: [{ ...deployment, environment: "STAGING" }] }), "live_in_production")?.reason).toBe("Nothing qualifies yet: inbox-api is in staging, not production.");
  });
});

describe("Model development gate per iteration", () => {
  const run = (runName: string, iteration: number) => ({ runName, fitVerdict: "BALANCED", testMetrics: { quality: 0.9 }, iteration });

  it("needs a run of the current iteration: iteration 1's run does not meet iteration 2's gate", () => {
    const second = check("MODEL_DEVELOPMENT", context({ kpis: [], iteration: 2, candidates: [run("first try", 1)] }), "candidate_run");
    expect(second).toMatchObject({ passed: false, label: "A finished run of iteration 2 meets the KPIs on test without over- or underfitting", reason: "No finished run of iteration 2 has a test evaluation yet (1 run of earlier iterations do not count)." });
    expect(check("MODEL_DEVELOPMENT", context({ kpis: [], iteration: 2, candidates: [run("first try", 1), run("retrained", 2)] }), "candidate_run")).toMatchObject({ passed: true, reason: expect.stringContaining("retrained") });
    expect(check("MODEL_DEVELOPMENT", context({ kpis: [], iteration: 1, candidates: [run("first try", 1)] }), "candidate_run")?.passed).toBe(true);
  });
});

describe("Monitoring gate", () => {
  const live = { name: "inbox-api", monitors: 2, evaluations: 5 };

  it("passes with a monitored live deployment, an evaluated window and a reason to iterate", () => {
    const gate = evaluateGate("MONITORING", context({ monitoring: { live: [live], reasons: ["alert: inbox drift (open)"] } }));
    expect(gate.passed).toBe(true);
    expect(gate.checks.map((item) => [item.id, item.reason])).toEqual([
      ["live_monitored", "inbox-api has 2 monitors."],
      ["window_evaluated", "5 windows were evaluated on the live deployment's monitors."],
      ["reason_to_iterate", "alert: inbox drift (open)."],
    ]);
  });

  it("says what is missing: no live deployment, no monitor, no window, no reason", () => {
    expect(check("MONITORING", context(), "live_monitored")).toMatchObject({ passed: false, reason: "No deployment is live in production." });
    expect(check("MONITORING", context({ monitoring: { live: [{ ...live, monitors: 0, evaluations: 0 }], reasons: [] } }), "live_monitored")?.reason).toBe("inbox-api has no monitor: add one on the Monitoring tab.");
    expect(check("MONITORING", context({ monitoring: { live: [{ ...live, evaluations: 0 }], reasons: [] } }), "window_evaluated")?.passed).toBe(false);
    expect(check("MONITORING", context({ monitoring: { live: [live], reasons: [] } }), "reason_to_iterate")).toMatchObject({ passed: false, reason: expect.stringContaining("open an iteration with its trigger") });
    const many = check("MONITORING", context({ monitoring: { live: [live], reasons: ["a", "b", "c", "d", "e"] } }), "reason_to_iterate");
    expect(many?.reason).toBe("a; b; c; and 2 more.");
  });
});

describe("Iteration gate", () => {
  it("needs an open iteration with a trigger, a hypothesis and a planned change", () => {
    expect(check("ITERATION", context({ plannedIteration: null }), "iteration_planned")).toMatchObject({ passed: false, reason: expect.stringContaining("No iteration is open") });
    expect(check("ITERATION", context({ plannedIteration: { number: 2, triggers: 0, hypothesis: " ", changes: 0 } }), "iteration_planned")?.reason).toBe(
      "Iteration 2 has no trigger (an alert, drift, a KPI at risk, a feedback theme or a changed requirement), no hypothesis, no planned change.",
    );
    expect(check("ITERATION", context({ plannedIteration: { number: 2, triggers: 1, hypothesis: "Fresh data fixes the drift", changes: 1 } }), "iteration_planned")).toMatchObject({
      passed: true,
      reason: "Iteration 2 has 1 trigger, a hypothesis and 1 planned change.",
    });
  });

  it("every stage now has real checks", () => {
    for (const stage of STAGES) expect(GATES[stage].length).toBeGreaterThan(0);
    expect(STAGES.map((stage) => evaluateGate(stage, context({ project: { businessGoal: null }, kpis: [], framing: null })).checks.some((item) => item.id === "no_checks_yet"))).not.toContain(true);
  });
});
