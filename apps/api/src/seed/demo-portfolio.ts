import type { CreateDataSetInput, CreateDataSetVersionInput, CreateEvaluationInput, CreateIterationInput, CreateKpiInput, CreateProjectInput, Stage, UpsertFramingInput } from "@lifecycle/domain";

export interface DemoRun {
  experiment: string;
  name: string;
  params: Record<string, number | string>;
  /** Train and validation loss over 60 steps: converging together, or validation turning up after step 20. */
  curves: "balanced" | "overfit" | "none";
  evaluation: CreateEvaluationInput;
}

export interface DemoKpi extends CreateKpiInput {
  /** Measurements from the first value to the last, one a week up to today. */
  series?: { from: number; to: number; weeks: number };
}

/** One pass of the loop, seeded: production that alerts, the iteration opened from it, its run, the release and the close. */
export interface DemoLoop {
  /** A latency monitor on the live deployment, feeding the KPI of that name. */
  monitor: { name: string; warning: number; alert: number; kpi: string };
  /** Latency p95 the records show before (for `hours` hours) and after the new version (one hour). */
  before: { hours: number; latencyMs: number };
  after: { latencyMs: number };
  triggers: Array<{ kind: "FEEDBACK" | "REQUIREMENT"; note: string }>;
  hypothesis: string;
  changes: CreateIterationInput["changes"];
  /** The iteration's run, logged once the project looped back. */
  run: DemoRun;
  closeNote: string;
}

export interface DemoProject {
  project: CreateProjectInput & { slug: string };
  kpis: DemoKpi[];
  framing?: UpsertFramingInput;
  /** Registered before the project moves, so that the Data gate sees them. */
  dataSets?: Array<{ dataSet: CreateDataSetInput; version: CreateDataSetVersionInput }>;
  /** Finished runs with a test evaluation, logged before the project moves, so that the Model development gate sees them. */
  runs?: DemoRun[];
  /** Stages to move through, in order, from Goals & KPIs. */
  path: Stage[];
  /** A full loop: Monitoring → Iteration → back, and the new version live (the path goes through it). */
  loop?: DemoLoop;
  closedBecause?: string;
}

const inMonths = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/** A portfolio a new user can explore: six ML and GenAI projects at different stages, and one closed. */
export const DEMO_PORTFOLIO: DemoProject[] = [
  {
    project: {
      slug: "spam-email-classifier",
      name: "Spam email classifier",
      owner: "Ana Ruiz",
      businessProblem: "Agents lose an hour a day deleting spam that reaches the support inbox.",
      businessGoal: "Keep spam out of the support inbox without losing customer mail.",
      stakeholders: ["Support operations", "IT security"],
      budget: 40000,
      budgetCurrency: "EUR",
      successCriteria: "Recall of 97% with fewer than 2 false positives per 1,000 mails.",
    },
    kpis: [
      { name: "Spam caught", direction: "HIGHER_IS_BETTER", unit: "%", baseline: 85, target: 97, deadline: inMonths(3), metricKey: "recall", series: { from: 85, to: 93.5, weeks: 8 } },
      { name: "False positives per 1k mails", direction: "LOWER_IS_BETTER", baseline: 12, target: 2, deadline: inMonths(3), series: { from: 12, to: 4, weeks: 8 } },
    ],
    framing: {
      mlAppropriate: true,
      mlRationale: "Spam changes weekly; hand-written rules fall behind, and we have years of labelled mail.",
      taskType: "binary_classification",
      learningParadigm: "supervised",
      modelFamily: "knn",
      applicationArea: "text_classification",
      approach: "train_from_scratch",
      successMetric: "Recall on the held-out test split",
      latencyConstraint: "Under 50 ms per mail",
      privacyConstraint: "Mail bodies stay on-premises",
    },
    dataSets: [
      {
        dataSet: { name: "Support inbox mail", description: "Mail to support@, marked spam or not by the agents", kind: "TEXT", labelling: "LABELLED", labelSource: "HUMAN", sourceUri: "s3://acme-ml/support-mail/", format: "JSONL", owner: "Ana Ruiz" },
        version: {
          fingerprint: "sha256:5d41402abc4b2a76b9719d911017c592",
          itemCount: 48_000,
          sizeBytes: 310_000_000,
          features: [{ name: "subject", type: "text" }, { name: "body", type: "text" }, { name: "sender_domain", type: "category" }],
          labelDistribution: { spam: 14_400, ham: 33_600 },
          collectionNotes: "Twelve months of the helpdesk export, deduplicated by message id.",
          preprocessing: ["Strip HTML and signatures", "Lower-case, keep digits", "TF-IDF over word uni- and bigrams"],
          splits: [{ name: "train", count: 33_600 }, { name: "validation", count: 7_200 }, { name: "test", count: 7_200 }],
        },
      },
    ],
    runs: [
      {
        experiment: "knn sweep",
        name: "knn-k1",
        params: { k: 1, metric: "cosine", max_features: 50_000 },
        curves: "overfit",
        evaluation: { kind: "CLASSIFICATION", split: "test", labels: ["ham", "spam"], matrix: [[4_910, 130], [420, 1_740]] },
      },
      {
        experiment: "knn sweep",
        name: "knn-k7",
        params: { k: 7, metric: "cosine", max_features: 50_000 },
        curves: "balanced",
        evaluation: { kind: "CLASSIFICATION", split: "test", labels: ["ham", "spam"], matrix: [[4_960, 80], [95, 2_065]] },
      },
    ],
    path: ["PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT"],
  },
  {
    project: {
      slug: "support-ticket-sentiment",
      name: "Support-ticket sentiment analysis",
      owner: "Ben Okafor",
      businessProblem: "Angry customers wait in the same queue as routine questions.",
      businessGoal: "Route frustrated customers to senior agents within the hour.",
      stakeholders: ["Customer success", "Support operations"],
    },
    kpis: [
      { name: "Escalations routed within 1 h", direction: "HIGHER_IS_BETTER", unit: "%", baseline: 40, target: 90, deadline: inMonths(5), series: { from: 40, to: 52, weeks: 6 } },
    ],
    framing: {
      mlAppropriate: true,
      mlRationale: "Tone is hard to capture with keywords; a pre-trained encoder already understands it.",
      taskType: "multiclass_classification",
      learningParadigm: "supervised",
      modelFamily: "bert_encoder",
      applicationArea: "sentiment_analysis",
      approach: "fine_tuning",
      baseModel: "bert-base-uncased",
      successMetric: "Macro F1 on the test split",
    },
    dataSets: [
      {
        dataSet: { name: "Rated tickets", description: "Tickets with the customer's satisfaction rating as the label", kind: "TEXT", labelling: "LABELLED", labelSource: "AUTOMATIC", sourceUri: "postgres://helpdesk/tickets", format: "Table", owner: "Ben Okafor" },
        version: {
          fingerprint: "sha256:7b502c3a1f48c8609ae212cdfb639dee",
          itemCount: 120_000,
          labelDistribution: { negative: 30_000, neutral: 54_000, positive: 36_000 },
          collectionNotes: "Tickets closed in the last two years with a CSAT answer; ratings 1-2 negative, 3 neutral, 4-5 positive.",
          preprocessing: ["Drop agent replies", "BERT WordPiece tokenisation, 256 tokens"],
          splits: [{ name: "train", count: 96_000 }, { name: "validation", count: 12_000 }, { name: "test", count: 12_000 }],
        },
      },
    ],
    path: ["PROBLEM_FRAMING", "DATA"],
  },
  {
    project: {
      slug: "product-image-defects",
      name: "Product-image defect detection",
      owner: "Chen Wei",
      businessProblem: "Scratched and dented items reach customers and come back as returns.",
      businessGoal: "Stop visibly defective items at the packing station.",
      stakeholders: ["Quality", "Warehouse"],
      budget: 150000,
      budgetCurrency: "EUR",
    },
    kpis: [
      { name: "Defects escaping to customers", direction: "LOWER_IS_BETTER", unit: "%", baseline: 2.1, target: 0.5, deadline: inMonths(1), series: { from: 2.1, to: 0.45, weeks: 12 } },
      { name: "Inspection time per item", direction: "LOWER_IS_BETTER", unit: "s", baseline: 9, target: 3, series: { from: 9, to: 2.6, weeks: 10 } },
    ],
    framing: {
      mlAppropriate: true,
      mlRationale: "Defects are visual and varied; a camera at each station sees every item.",
      taskType: "object_detection",
      learningParadigm: "supervised",
      modelFamily: "resnet",
      applicationArea: "object_detection",
      approach: "transfer_learning",
      baseModel: "ResNet-50 pre-trained on ImageNet",
      successMetric: "mAP@0.5 on the test split",
      latencyConstraint: "Under 200 ms per image at the station",
    },
    dataSets: [
      {
        dataSet: { name: "Line camera images", description: "Photos from the inspection camera, defects marked by quality engineers", kind: "IMAGE", labelling: "PARTLY_LABELLED", labelSource: "HUMAN", sourceUri: "s3://acme-ml/line-camera/", format: "JPEG", owner: "Chen Wei" },
        version: {
          fingerprint: "sha256:a3f5e1c0d9b8e7f6a5b4c3d2e1f0a9b8",
          itemCount: 25_000,
          sizeBytes: 9_800_000_000,
          labelDistribution: { ok: 18_000, scratch: 2_100, dent: 1_400, misprint: 900 },
          collectionNotes: "Six weeks from line 3; 2,600 images still unlabelled are kept for semi-supervised use.",
          preprocessing: ["Resize to 224 × 224", "Normalise with ImageNet means", "Random flips and crops for training only"],
          splits: [{ name: "train", count: 17_500 }, { name: "validation", count: 2_500 }, { name: "test", count: 2_500 }, { name: "unlabelled", count: 2_500 }],
        },
      },
    ],
    runs: [
      {
        experiment: "resnet50 transfer",
        name: "resnet50-frozen-lr1e-3",
        params: { learning_rate: 0.001, batch_size: 64, epochs: 20, optimizer: "adam", base_model: "resnet50" },
        curves: "balanced",
        evaluation: { kind: "CLASSIFICATION", split: "test", labels: ["ok", "scratch", "dent", "misprint"], matrix: [[1_780, 12, 5, 3], [9, 196, 4, 1], [6, 3, 128, 3], [2, 1, 2, 85]] },
      },
    ],
    path: ["PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT", "DEPLOYMENT", "MONITORING"],
  },
  {
    project: {
      slug: "faq-chatbot-rag",
      name: "FAQ chatbot on a foundation model",
      owner: "Dana Levi",
      businessProblem: "Half of all tickets ask questions the help centre already answers.",
      businessGoal: "Answer help-centre questions in the chat before a ticket is opened.",
      stakeholders: ["Support operations", "Help-centre editors", "Legal"],
      budget: 60000,
      budgetCurrency: "EUR",
      successCriteria: "35% of chats resolved without a ticket, answers grounded in help-centre articles.",
    },
    kpis: [
      { name: "Chats resolved without a ticket", direction: "HIGHER_IS_BETTER", unit: "%", baseline: 0, target: 35, deadline: inMonths(2), series: { from: 8, to: 24, weeks: 10 } },
      { name: "Answer latency p95", direction: "LOWER_IS_BETTER", unit: "ms", baseline: 4000, target: 1500, deadline: inMonths(2), series: { from: 4000, to: 3100, weeks: 10 } },
    ],
    framing: {
      mlAppropriate: true,
      mlRationale: "A foundation model can phrase answers; retrieval keeps them grounded in our own articles.",
      taskType: "question_answering",
      learningParadigm: "self_supervised",
      modelFamily: "transformer_llm",
      applicationArea: "language_generation",
      approach: "rag",
      baseModel: "Amazon Titan Text (managed, Bedrock)",
      successMetric: "Share of chats resolved, and groundedness rated by editors",
      costConstraint: "Under €0.01 per answer",
      privacyConstraint: "No customer data in prompts",
    },
    runs: [
      {
        experiment: "retrieval settings",
        name: "rag-top5-chunk512",
        params: { top_k: 5, chunk_size: 512, temperature: 0.2, embedding: "e5-large" },
        curves: "none",
        evaluation: { kind: "GENERATION", split: "test", scores: { faithfulness: 0.91, answer_relevance: 0.86, rouge_l: 0.44 }, humanRatings: { count: 120, mean: 4.1, scaleMax: 5 } },
      },
    ],
    path: ["PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT", "DEPLOYMENT", "MONITORING", "ITERATION", "MODEL_DEVELOPMENT", "DEPLOYMENT", "MONITORING"],
    loop: {
      monitor: { name: "Answer latency p95", warning: 2000, alert: 3000, kpi: "Answer latency p95" },
      before: { hours: 6, latencyMs: 3200 },
      after: { latencyMs: 1300 },
      triggers: [
        { kind: "FEEDBACK", note: "Users rate answers about refunds 1–2 stars: the refund policy changed in October" },
        { kind: "REQUIREMENT", note: "Legal asks that every answer cite its help-centre article" },
      ],
      hypothesis: "Retrieving three shorter chunks from the re-indexed help centre halves latency and fixes the outdated refund answers.",
      changes: [
        { kind: "NEW_DATA", description: "Re-index the help centre, October refund policy included" },
        { kind: "HYPERPARAMETERS", description: "top_k 5 → 3, chunk size 512 → 256" },
        { kind: "PROMPT", description: "Cite the article each answer comes from" },
      ],
      run: {
        experiment: "retrieval settings",
        name: "rag-top3-chunk256-cited",
        params: { top_k: 3, chunk_size: 256, temperature: 0.2, embedding: "e5-large" },
        curves: "none",
        evaluation: { kind: "GENERATION", split: "test", scores: { faithfulness: 0.95, answer_relevance: 0.9, rouge_l: 0.47 }, humanRatings: { count: 150, mean: 4.4, scaleMax: 5 } },
      },
      closeNote: "Latency p95 down from 3.2 s to 1.3 s; refund answers cite the October policy.",
    },
  },
  {
    project: {
      slug: "demand-forecast",
      name: "Demand-forecast regression",
      owner: "Ben Okafor",
      businessProblem: "Stores run out of fresh produce on weekends and throw it away on Mondays.",
      businessGoal: "Cut fresh-produce waste by 10% without more stock-outs.",
      stakeholders: ["Supply chain", "Store managers", "Finance"],
      budget: 90000,
      budgetCurrency: "EUR",
    },
    kpis: [
      { name: "Forecast error (MAPE)", direction: "LOWER_IS_BETTER", unit: "%", baseline: 18, target: 8, deadline: inMonths(1), metricKey: "mape", series: { from: 18, to: 15.5, weeks: 8 } },
      { name: "Fresh-produce waste", direction: "LOWER_IS_BETTER", unit: "%", baseline: 6.2, target: 5.6, deadline: inMonths(6), series: { from: 6.2, to: 6.0, weeks: 4 } },
    ],
    framing: {
      mlAppropriate: true,
      mlRationale: "Demand depends on weather, holidays and promotions in ways a model learns better than a spreadsheet.",
      taskType: "forecasting",
      learningParadigm: "supervised",
      modelFamily: "tree_ensemble",
      applicationArea: "forecasting",
      approach: "train_from_scratch",
      successMetric: "MAPE per store and day",
    },
    dataSets: [
      {
        dataSet: { name: "Daily store sales", description: "Units sold per store and product per day, with promotions and holidays", kind: "TIME_SERIES", labelling: "LABELLED", labelSource: "AUTOMATIC", sourceUri: "warehouse.sales_daily", format: "Parquet", owner: "Dana Levi" },
        version: {
          fingerprint: "sha256:c4ca4238a0b923820dcc509a6f75849b",
          itemCount: 1_460_000,
          features: [{ name: "store_id", type: "category" }, { name: "sku", type: "category" }, { name: "promo", type: "boolean" }, { name: "units", type: "number" }],
          collectionNotes: "Four years; the split is by time, never shuffled: the last two months are the test.",
          preprocessing: ["Fill missing days with zero sales", "Lags of 7, 14 and 28 days", "Calendar and holiday features"],
          splits: [{ name: "train", count: 1_220_000 }, { name: "validation", count: 120_000 }, { name: "test", count: 120_000 }],
        },
      },
    ],
    runs: [
      {
        experiment: "gradient boosting",
        name: "lgbm-lags-28",
        params: { learning_rate: 0.05, num_leaves: 63, epochs: 400, regularization: "l2" },
        curves: "balanced",
        evaluation: { kind: "REGRESSION", split: "test", values: { mae: 3.1, mse: 17.6, rmse: 4.2, r2: 0.87, mape: 0.074 } },
      },
    ],
    path: ["PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT", "DEPLOYMENT"],
  },
  {
    project: {
      slug: "speech-synthesis-ivr",
      name: "Speech synthesis for the phone line",
      owner: "Chen Wei",
      businessProblem: "The phone menu's recorded prompts are out of date and costly to re-record.",
      businessGoal: "Generate natural phone prompts from text the same day they change.",
      stakeholders: ["Contact centre", "Brand"],
    },
    kpis: [{ name: "Mean opinion score", direction: "HIGHER_IS_BETTER", baseline: 3.2, target: 4.2, deadline: inMonths(8) }],
    framing: {
      mlAppropriate: true,
      mlRationale: "Neural speech synthesis now sounds natural enough for short prompts.",
      taskType: "generation",
      modelFamily: "wavenet",
      applicationArea: "speech_synthesis",
    },
    path: ["PROBLEM_FRAMING"],
  },
  {
    project: {
      slug: "invoice-routing",
      name: "Invoice routing",
      owner: "Dana Levi",
      businessProblem: "Invoices wait in a shared inbox before someone forwards them.",
      businessGoal: "Send each invoice to the right approver on arrival.",
    },
    kpis: [{ name: "Invoices routed on arrival", direction: "HIGHER_IS_BETTER", unit: "%", baseline: 0, target: 95 }],
    framing: {
      mlAppropriate: false,
      mlRationale: "Every supplier maps to one cost centre: a lookup table does the job; no model is needed.",
    },
    path: ["PROBLEM_FRAMING"],
    closedBecause: "Closed at framing: a rule-based lookup solves it.",
  },
];
