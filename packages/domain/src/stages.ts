/** The seven lifecycle stages, in order, and the one table of moves between them. */
export const STAGES = [
  "GOALS_KPIS",
  "PROBLEM_FRAMING",
  "DATA",
  "MODEL_DEVELOPMENT",
  "DEPLOYMENT",
  "MONITORING",
  "ITERATION",
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  GOALS_KPIS: "Goals & KPIs",
  PROBLEM_FRAMING: "Problem framing",
  DATA: "Data",
  MODEL_DEVELOPMENT: "Model development",
  DEPLOYMENT: "Deployment",
  MONITORING: "Monitoring",
  ITERATION: "Iteration",
};

export const STAGE_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED"] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export const TRANSITION_KINDS = ["ADVANCE", "LOOP", "RETURN"] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

export interface TransitionRule {
  from: Stage;
  to: Stage;
  kind: TransitionKind;
}

/**
 * Every allowed move. ADVANCE and LOOP leave a stage forwards and must pass the
 * gate of the stage being left; LOOP also starts the next iteration. RETURN goes
 * one stage back to rework it and needs no gate.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: "GOALS_KPIS", to: "PROBLEM_FRAMING", kind: "ADVANCE" },
  { from: "PROBLEM_FRAMING", to: "DATA", kind: "ADVANCE" },
  { from: "DATA", to: "MODEL_DEVELOPMENT", kind: "ADVANCE" },
  { from: "MODEL_DEVELOPMENT", to: "DEPLOYMENT", kind: "ADVANCE" },
  { from: "DEPLOYMENT", to: "MONITORING", kind: "ADVANCE" },
  { from: "MONITORING", to: "ITERATION", kind: "ADVANCE" },
  { from: "ITERATION", to: "DATA", kind: "LOOP" },
  { from: "ITERATION", to: "MODEL_DEVELOPMENT", kind: "LOOP" },
  { from: "PROBLEM_FRAMING", to: "GOALS_KPIS", kind: "RETURN" },
  { from: "DATA", to: "PROBLEM_FRAMING", kind: "RETURN" },
  { from: "MODEL_DEVELOPMENT", to: "DATA", kind: "RETURN" },
  { from: "DEPLOYMENT", to: "MODEL_DEVELOPMENT", kind: "RETURN" },
  { from: "MONITORING", to: "DEPLOYMENT", kind: "RETURN" },
  { from: "ITERATION", to: "MONITORING", kind: "RETURN" },
];

export function findTransition(from: Stage, to: Stage): TransitionRule | undefined {
  return TRANSITIONS.find((rule) => rule.from === from && rule.to === to);
}

export function transitionsFrom(from: Stage): TransitionRule[] {
  return TRANSITIONS.filter((rule) => rule.from === from);
}

/** Whether moving along this rule must pass the gate of the stage being left. */
export function isGated(kind: TransitionKind): boolean {
  return kind !== "RETURN";
}

export function nextIteration(kind: TransitionKind, iteration: number): number {
  return kind === "LOOP" ? iteration + 1 : iteration;
}

export interface StageStatusChange {
  stage: Stage;
  status: StageStatus;
  /** "start" stamps startedAt and clears endedAt; "end" stamps endedAt; "reset" clears both. */
  clock: "start" | "end" | "reset";
}

/** How a move changes the status of each affected stage. */
export function stageStatusChanges(rule: TransitionRule): StageStatusChange[] {
  switch (rule.kind) {
    case "ADVANCE":
      return [
        { stage: rule.from, status: "DONE", clock: "end" },
        { stage: rule.to, status: "IN_PROGRESS", clock: "start" },
      ];
    case "RETURN":
      return [
        { stage: rule.from, status: "NOT_STARTED", clock: "reset" },
        { stage: rule.to, status: "IN_PROGRESS", clock: "start" },
      ];
    case "LOOP": {
      const loopStart = STAGES.indexOf(rule.to);
      const later = STAGES.slice(loopStart + 1).filter((stage) => stage !== rule.from);
      return [
        { stage: rule.from, status: "DONE", clock: "end" },
        { stage: rule.to, status: "IN_PROGRESS", clock: "start" },
        ...later.map((stage): StageStatusChange => ({ stage, status: "NOT_STARTED", clock: "reset" })),
      ];
    }
  }
}

/** The checklist each stage starts with, from the genAI project steps. */
export const STAGE_CHECKLIST_SEEDS: Record<Stage, readonly string[]> = {
  GOALS_KPIS: [
    "Stakeholders define the value, budget and success criteria",
    "KPIs defined, each with a target and a deadline",
  ],
  PROBLEM_FRAMING: [
    "Business problem converted into an ML problem",
    "Decided whether ML is appropriate",
    "Data scientists, data engineers, ML architects and SMEs agree on the framing",
  ],
  DATA: [
    "Data collection and integration: centrally accessible",
    "Data converted into a usable format",
    "Preprocessing and visualisation",
    "Feature engineering: create, transform and extract variables",
  ],
  MODEL_DEVELOPMENT: [
    "Model training",
    "Hyperparameter tuning",
    "Evaluation against the KPIs",
  ],
  DEPLOYMENT: [
    "Deployment mode chosen (real-time, serverless, asynchronous, batch, on-premises, managed)",
    "Model deployed and serving inferences",
  ],
  MONITORING: [
    "Performance checked against the desired level",
    "Early detection and mitigation in place",
    "Issues debugged and the model's behaviour understood",
    "Feedback collected from users, domain experts and stakeholders",
  ],
  ITERATION: [
    "Improvements planned as new data becomes available",
    "Requirements reviewed for changes",
    "Data, features and hyperparameters revisited for retraining",
  ],
};
