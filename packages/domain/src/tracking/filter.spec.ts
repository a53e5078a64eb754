import { FilterSyntaxError, matchesFilter, parseFilter, parseOrderBy, type FilterableRun } from "./filter";

function errorOf(source: string): { message: string; position: number } {
  try {
    parseFilter(source);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return { message: error.message, position: error.position };
    throw error;
  }
  throw new Error(`"${source}" parsed`);
}

describe("parseFilter", () => {
  it("parses comparisons on every kind of field", () => {
    expect(parseFilter("metrics.loss < 0.5")).toEqual({ kind: "compare", field: { scope: "metric", key: "loss" }, operator: "<", value: { type: "number", value: 0.5 } });
    expect(parseFilter("params.optimizer = 'adam'")).toEqual({ kind: "compare", field: { scope: "param", key: "optimizer" }, operator: "=", value: { type: "string", value: "adam" } });
    expect(parseFilter("attributes.status != 'FAILED'")).toMatchObject({ field: { scope: "attribute", key: "status" }, operator: "!=" });
    expect(parseFilter("STATUS = 'RUNNING'")).toMatchObject({ field: { scope: "attribute", key: "status" } });
    expect(parseFilter("tags.team ILIKE 'n%'")).toMatchObject({ field: { scope: "tag", key: "team" }, operator: "ILIKE" });
    expect(parseFilter("metrics.`val loss` >= -1e-3")).toMatchObject({ field: { scope: "metric", key: "val loss" }, value: { value: -0.001 } });
    expect(parseFilter('metrics."val/acc" > .9')).toMatchObject({ field: { scope: "metric", key: "val/acc" }, value: { value: 0.9 } });
    expect(parseFilter("params.optimizer.momentum = 0.9")).toMatchObject({ field: { scope: "param", key: "optimizer.momentum" } });
    expect(parseFilter("name = 'it''s'")).toMatchObject({ value: { type: "string", value: "it's" } });
    expect(parseFilter("metrics.a <> 1")).toMatchObject({ operator: "!=" });
  });

  it("parses IN and NOT IN lists", () => {
    expect(parseFilter("run_id IN ('a', 'b')")).toEqual({
      kind: "in",
      field: { scope: "attribute", key: "run_id" },
      values: [
        { type: "string", value: "a" },
        { type: "string", value: "b" },
      ],
      negated: false,
    });
    expect(parseFilter("params.batch_size not in (32, 64)")).toMatchObject({ kind: "in", negated: true, values: [{ value: 32 }, { value: 64 }] });
  });

  it("binds AND tighter than OR, and honours parentheses", () => {
    expect(parseFilter("metrics.a > 1 OR metrics.b > 2 AND metrics.c > 3")).toMatchObject({ kind: "or", children: [{ kind: "compare" }, { kind: "and" }] });
    expect(parseFilter("(metrics.a > 1 OR metrics.b > 2) AND metrics.c > 3")).toMatchObject({ kind: "and", children: [{ kind: "or" }, { kind: "compare" }] });
  });

  it("treats an empty filter as none", () => {
    expect(parseFilter("   ")).toBeNull();
  });

  it.each([
    ["metrics.loss <", "Expected a value", 14],
    ["metrics.loss 0.5", "Expected an operator", 13],
    ["metrics.loss < 0.5 AND", "Expected a field", 22],
    ["(metrics.loss < 0.5", "Expected ')'", 19],
    ["metrics.loss < 0.5)", "Unbalanced ')'", 18],
    ["params.lr = 'unterminated", "Unterminated string", 12],
    ["colour = 'red'", "Unknown attribute 'colour'", 0],
    ["metric.loss < 1 OR bogus.x = 1", "Unknown field type 'bogus'", 19],
    ["metrics.loss ~ 1", "Unexpected character '~'", 13],
    ["metrics.loss < 0.5 metrics.acc > 1", "Expected AND, OR or the end", 19],
    ["tags.t LIKE 5", "LIKE needs a 'quoted pattern'", 12],
    ["run_id IN 'a'", "Expected '(' after IN", 10],
    ["run_id IN ('a' 'b')", "Expected ',' or ')'", 15],
    ["metrics.loss NOT = 1", "Expected IN after NOT", 17],
    ["AND metrics.a = 1", "found the keyword AND", 0],
    ["metrics. = 1", "Expected a metric name", 9],
    ["metrics.loss ! 1", "Unknown operator '!'", 13],
    ["metrics.loss = 'low'", "Metrics are numbers", 15],
    ["metrics.loss LIKE '1%'", "Metrics are numbers: LIKE does not apply", 13],
    ["metrics.loss IN (1, 'x')", "Metrics are numbers", 20],
  ])("reports %j: %s at %d", (source, message, position) => {
    const error = errorOf(source);
    expect(error.message).toContain(message);
    expect(error.position).toBe(position);
  });
});

describe("parseOrderBy", () => {
  it("reads a field and a direction", () => {
    expect(parseOrderBy("metrics.loss DESC")).toEqual({ field: { scope: "metric", key: "loss" }, direction: "desc" });
    expect(parseOrderBy("start_time")).toEqual({ field: { scope: "attribute", key: "start_time" }, direction: "asc" });
    expect(parseOrderBy("params.`learning rate` asc")).toEqual({ field: { scope: "param", key: "learning rate" }, direction: "asc" });
  });

  it("refuses anything after the direction", () => {
    expect(() => parseOrderBy("metrics.loss DESC, name")).toThrow(FilterSyntaxError);
  });
});

describe("matchesFilter", () => {
  const run: FilterableRun = {
    attributes: { status: "FINISHED", name: "knn-k5", iteration: 2 },
    params: { optimizer: "adam", learning_rate: 0.01, batch_size: 32, shuffle: true },
    metrics: { loss: 0.42, accuracy: 0.91, weird: Number.NaN },
    tags: { team: "NLP" },
  };
  const matches = (source: string) => matchesFilter(parseFilter(source), run);

  it.each([
    ["metrics.loss < 0.5", true],
    ["metrics.loss < 0.4", false],
    ["params.learning_rate = 0.01", true],
    ["params.learning_rate > 0.001", true],
    ["params.batch_size IN (16, 32)", true],
    ["params.batch_size NOT IN (16, 32)", false],
    ["params.optimizer = 'adam' AND attributes.status = 'FINISHED'", true],
    ["params.optimizer = 'sgd' OR metrics.accuracy >= 0.9", true],
    ["(params.optimizer = 'sgd' OR metrics.accuracy >= 0.95) AND iteration = 2", false],
    ["name LIKE 'knn-%'", true],
    ["name LIKE 'KNN-%'", false],
    ["name ILIKE 'KNN-_5'", true],
    ["tags.team = 'NLP'", true],
    ["tags.missing != 'x'", false],
    ["metrics.missing < 1", false],
    ["params.shuffle = 'true'", true],
    ["metrics.weird > 0", false],
    ["metrics.weird != 0", false],
    ["", true],
  ])("%j on the sample run is %s", (source, expected) => {
    expect(matches(source)).toBe(expected);
  });
});

describe("metrics with a split", () => {
  const run: FilterableRun = { attributes: {}, params: {}, metrics: { loss: 0.2, "loss\u0000validation": 0.5 }, tags: {} };
  it("reads metrics.<key>[<split>] as that series, metrics.<key> as the one without a split", () => {
    expect(parseFilter("metrics.loss[validation] > 0.4")).toEqual({ kind: "compare", field: { scope: "metric", key: "loss", split: "validation" }, operator: ">", value: { type: "number", value: 0.4 } });
    expect(matchesFilter(parseFilter("metrics.loss[validation] > 0.4"), run)).toBe(true);
    expect(matchesFilter(parseFilter("metrics.loss > 0.4"), run)).toBe(false);
    expect(matchesFilter(parseFilter("metrics.loss[train] < 1"), run)).toBe(false);
    expect(parseFilter("metrics.`val loss`[`hold out`] = 1")).toMatchObject({ field: { key: "val loss", split: "hold out" } });
    expect(parseOrderBy("metrics.loss[validation] DESC")).toEqual({ field: { scope: "metric", key: "loss", split: "validation" }, direction: "desc" });
  });

  it("refuses a split anywhere but on a metric, and an unfinished one", () => {
    expect(() => parseFilter("params.lr[train] = 1")).toThrow("Only metrics have splits");
    expect(() => parseFilter("metrics.loss[] < 1")).toThrow("Expected a split name");
    expect(() => parseFilter("metrics.loss[validation < 1")).toThrow("Expected ']'");
  });
});
