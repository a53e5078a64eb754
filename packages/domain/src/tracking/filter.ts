/**
 * The run-search filter language:
 *   metrics.loss < 0.5 AND (params.optimizer = 'adam' OR tags.team IN ('nlp', 'cv'))
 * Fields are attributes (status, name, …; optionally written attributes.status),
 * params.<key>, metrics.<key> and tags.<key>; a metric logged with a split is metrics.<key>[<split>], e.g.
 * metrics.loss[validation] (metrics.loss is the series without one); keys with other characters are
 * quoted with backticks or double quotes. Strings use single quotes ('' escapes
 * one). Operators: = != < <= > >= LIKE ILIKE, [NOT] IN (…), AND, OR, parentheses.
 */

import { likeMatches } from "./like";

/** `fit` is the latest fit diagnosis in lower case: overfit, underfit, balanced or not_enough_data. */
export const RUN_ATTRIBUTES = ["run_id", "name", "status", "start_time", "end_time", "iteration", "approach", "base_model", "source", "created_at", "fit", "user_id", "artifact_uri", "experiment_id"] as const;
export type RunAttribute = (typeof RUN_ATTRIBUTES)[number];

/** MLflow's names for attributes Lifecycle calls otherwise: run_name is the name, created the start time. */
export const ATTRIBUTE_ALIASES: Readonly<Record<string, RunAttribute>> = { run_name: "name", created: "start_time" };

/** What a datasets.<key> filter compares: the data sets a run read (MLflow's log_input). */
export const DATASET_FIELDS = ["name", "digest"] as const;

export type FieldScope = "attribute" | "param" | "metric" | "tag" | "dataset";
export interface FieldRef {
  scope: FieldScope;
  key: string;
  /** A metric's split (train, validation, test …): metrics.loss[validation]. Absent: the series without a split. */
  split?: string;
}

/** How a run's metrics are keyed for filters (FilterableRun.metrics): the key, and the split after a NUL when there is one. */
export const metricSeriesName = (key: string, split = "") => (split ? `${key}\u0000${split}` : key);

export type Literal = { type: "number"; value: number } | { type: "string"; value: string };
export const COMPARISON_OPERATORS = ["=", "!=", "<", "<=", ">", ">=", "LIKE", "ILIKE"] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export type FilterNode =
  | { kind: "and" | "or"; children: FilterNode[] }
  | { kind: "compare"; field: FieldRef; operator: ComparisonOperator; value: Literal }
  | { kind: "in"; field: FieldRef; values: Literal[]; negated: boolean };

export class FilterSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset of the offending text in the filter. */
    readonly position: number,
  ) {
    super(`${message} (at position ${position})`);
    this.name = "FilterSyntaxError";
  }
}

type TokenKind = "identifier" | "quoted" | "string" | "number" | "operator" | "dot" | "comma" | "open" | "close" | "lbracket" | "rbracket" | "end";
interface Token {
  kind: TokenKind;
  text: string;
  position: number;
  /** A "double-quoted" name, which MLflow also takes as a string value: tags.team = "nlp". */
  double?: boolean;
}

const KEYWORDS = new Set(["AND", "OR", "IN", "NOT", "LIKE", "ILIKE"]);
const SCOPES: Record<string, FieldScope> = { attribute: "attribute", attributes: "attribute", attr: "attribute", param: "param", params: "param", metric: "metric", metrics: "metric", tag: "tag", tags: "tag", dataset: "dataset", datasets: "dataset" };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === "'") {
      let value = "";
      let cursor = index + 1;
      for (;;) {
        if (cursor >= source.length) throw new FilterSyntaxError("Unterminated string: add a closing '", index);
        if (source[cursor] === "'") {
          if (source[cursor + 1] === "'") {
            value += "'";
            cursor += 2;
            continue;
          }
          break;
        }
        value += source[cursor];
        cursor += 1;
      }
      tokens.push({ kind: "string", text: value, position: index });
      index = cursor + 1;
    } else if (char === "`" || char === '"') {
      const close = source.indexOf(char, index + 1);
      if (close < 0) throw new FilterSyntaxError(`Unterminated quoted name: add a closing ${char}`, index);
      tokens.push({ kind: "quoted", text: source.slice(index + 1, close), position: index, double: char === '"' });
      index = close + 1;
    } else if (/[0-9]/.test(char) || ((char === "-" || char === "+" || char === ".") && /[0-9.]/.test(source[index + 1] ?? ""))) {
      const match = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(source.slice(index));
      if (!match) throw new FilterSyntaxError("Malformed number", index);
      tokens.push({ kind: "number", text: match[0], position: index });
      index += match[0].length;
    } else if (/[\p{L}_]/u.test(char)) {
      // Keys in any script, as MLflow's \w allows: params.学习率 = '0.1'.
      const match = /^[\p{L}_][\p{L}\p{N}_-]*/u.exec(source.slice(index))!;
      tokens.push({ kind: "identifier", text: match[0], position: index });
      index += match[0].length;
    } else if (char === "<" || char === ">" || char === "!" || char === "=") {
      const two = source.slice(index, index + 2);
      const operator = ["<=", ">=", "!=", "<>", "=="].includes(two) ? two : char;
      if (operator === "!") throw new FilterSyntaxError("Unknown operator '!': use !=", index);
      tokens.push({ kind: "operator", text: operator === "<>" ? "!=" : operator === "==" ? "=" : operator, position: index });
      index += operator.length;
    } else if (char === ".") {
      tokens.push({ kind: "dot", text: ".", position: index });
      index += 1;
    } else if (char === ",") {
      tokens.push({ kind: "comma", text: ",", position: index });
      index += 1;
    } else if (char === "(" || char === ")") {
      tokens.push({ kind: char === "(" ? "open" : "close", text: char, position: index });
      index += 1;
    } else if (char === "[" || char === "]") {
      tokens.push({ kind: char === "[" ? "lbracket" : "rbracket", text: char, position: index });
      index += 1;
    } else {
      throw new FilterSyntaxError(`Unexpected character '${char}'`, index);
    }
  }
  tokens.push({ kind: "end", text: "", position: source.length });
  return tokens;
}

/** What one filter may ask for, so that no filter costs more than a fair share of the database. */
export const FILTER_LIMITS = { length: 4000, depth: 20, comparisons: 100, inValues: 500 } as const;

/** NUL cannot be stored or compared in Postgres text, and a lone surrogate is no character at all. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNREADABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkReadable(source: string): void {
  const bad = UNREADABLE.exec(source);
  if (bad) throw new FilterSyntaxError(bad[0] === "\u0000" ? "NUL characters are not allowed" : "Lone UTF-16 surrogates are not characters", bad.index);
  if (source.length > FILTER_LIMITS.length) throw new FilterSyntaxError(`A filter has at most ${FILTER_LIMITS.length} characters`, FILTER_LIMITS.length);
}

class Parser {
  private index = 0;
  private depth = 0;
  private comparisons = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly attributes: readonly string[] = RUN_ATTRIBUTES,
  ) {}

  parse(): FilterNode {
    const node = this.parseOr();
    const next = this.peek();
    if (next.kind !== "end") throw new FilterSyntaxError(next.kind === "close" ? "Unbalanced ')'" : `Expected AND, OR or the end, found '${next.text}'`, next.position);
    return node;
  }

  peek(): Token {
    return this.tokens[this.index]!;
  }

  next(): Token {
    return this.tokens[this.index++]!;
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.kind === "identifier" && token.text.toUpperCase() === keyword;
  }

  private parseOr(): FilterNode {
    const children = [this.parseAnd()];
    while (this.isKeyword(this.peek(), "OR")) {
      this.next();
      children.push(this.parseAnd());
    }
    return children.length === 1 ? children[0]! : { kind: "or", children };
  }

  private parseAnd(): FilterNode {
    const children = [this.parseUnary()];
    while (this.isKeyword(this.peek(), "AND")) {
      this.next();
      children.push(this.parseUnary());
    }
    return children.length === 1 ? children[0]! : { kind: "and", children };
  }

  private parseUnary(): FilterNode {
    const token = this.peek();
    if (token.kind === "open") {
      this.next();
      this.depth += 1;
      if (this.depth > FILTER_LIMITS.depth) throw new FilterSyntaxError(`Parentheses nest at most ${FILTER_LIMITS.depth} deep`, token.position);
      const inner = this.parseOr();
      this.depth -= 1;
      const close = this.next();
      if (close.kind !== "close") throw new FilterSyntaxError("Expected ')'", close.position);
      return inner;
    }
    return this.parseComparison();
  }

  parseField(): FieldRef {
    const first = this.next();
    if (first.kind === "end") throw new FilterSyntaxError("Expected a field, e.g. metrics.loss", first.position);
    if (first.kind !== "identifier" && first.kind !== "quoted") throw new FilterSyntaxError(`Expected a field, found '${first.text}'`, first.position);
    if (first.kind === "identifier" && KEYWORDS.has(first.text.toUpperCase())) throw new FilterSyntaxError(`Expected a field, found the keyword ${first.text.toUpperCase()}`, first.position);
    if (this.peek().kind === "dot") {
      this.next();
      const scope = SCOPES[first.text.toLowerCase()];
      if (!scope || first.kind === "quoted") throw new FilterSyntaxError(`Unknown field type '${first.text}': use attributes, params, metrics or tags`, first.position);
      const key = this.next();
      if (key.kind !== "identifier" && key.kind !== "quoted") throw new FilterSyntaxError(`Expected a ${scope} name after '${first.text}.'`, key.position);
      let name = key.text;
      // Unquoted keys may contain dots and slashes: params.optimizer.momentum, metrics.val/loss is quoted.
      while (key.kind === "identifier" && this.peek().kind === "dot" && this.tokens[this.index + 1]?.kind === "identifier") {
        this.next();
        name += `.${this.next().text}`;
      }
      if (!name) throw new FilterSyntaxError(`Empty ${scope} name`, key.position);
      if (this.peek().kind === "lbracket") {
        const open = this.next();
        if (scope !== "metric") throw new FilterSyntaxError("Only metrics have splits: metrics.loss[validation]", open.position);
        const split = this.next();
        if ((split.kind !== "identifier" && split.kind !== "quoted") || !split.text) throw new FilterSyntaxError("Expected a split name, e.g. metrics.loss[validation]", split.position);
        const close = this.next();
        if (close.kind !== "rbracket") throw new FilterSyntaxError("Expected ']' after the split", close.position);
        return { scope, key: name, split: split.text };
      }
      return this.checkAttribute({ scope, key: name }, key.position);
    }
    return this.checkAttribute({ scope: "attribute", key: first.text }, first.position);
  }

  private checkAttribute(field: FieldRef, position: number): FieldRef {
    if (field.scope === "dataset" && !(DATASET_FIELDS as readonly string[]).includes(field.key)) {
      throw new FilterSyntaxError(`Unknown dataset field '${field.key}': use datasets.name or datasets.digest`, position);
    }
    const alias = field.scope === "attribute" && this.attributes === RUN_ATTRIBUTES ? ATTRIBUTE_ALIASES[field.key.toLowerCase()] : undefined;
    if (alias) return { scope: "attribute", key: alias };
    if (field.scope === "attribute" && !this.attributes.includes(field.key.toLowerCase())) {
      throw new FilterSyntaxError(`Unknown attribute '${field.key}': use ${this.attributes.join(", ")}${this.attributes === RUN_ATTRIBUTES ? ", or params., metrics., tags." : ", or tags."}`, position);
    }
    return field.scope === "attribute" ? { ...field, key: field.key.toLowerCase() } : field;
  }

  /** Metrics compare to numbers only; everything else takes both kinds. */
  private parseLiteralFor(field: FieldRef): Literal {
    const token = this.peek();
    const literal = this.parseLiteral();
    if (field.scope === "metric" && literal.type !== "number") throw new FilterSyntaxError("Metrics are numbers: compare them to a number", token.position);
    return literal;
  }

  private parseLiteral(): Literal {
    const token = this.next();
    if (token.kind === "string" || (token.kind === "quoted" && token.double)) return { type: "string", value: token.text };
    if (token.kind === "number") return { type: "number", value: Number(token.text) };
    if (token.kind === "end") throw new FilterSyntaxError("Expected a value", token.position);
    throw new FilterSyntaxError(`Expected a value (a number or a 'quoted string'), found '${token.text}'`, token.position);
  }

  private parseComparison(): FilterNode {
    const fieldToken = this.peek();
    this.comparisons += 1;
    if (this.comparisons > FILTER_LIMITS.comparisons) throw new FilterSyntaxError(`A filter has at most ${FILTER_LIMITS.comparisons} comparisons`, fieldToken.position);
    const field = this.parseField();
    let token = this.peek();
    let negated = false;
    if (this.isKeyword(token, "NOT")) {
      negated = true;
      this.next();
      token = this.peek();
      if (!this.isKeyword(token, "IN")) throw new FilterSyntaxError("Expected IN after NOT", token.position);
    }
    if (this.isKeyword(token, "IN")) {
      this.next();
      const open = this.next();
      if (open.kind !== "open") throw new FilterSyntaxError("Expected '(' after IN", open.position);
      const values = [this.parseLiteralFor(field)];
      while (this.peek().kind === "comma") {
        const comma = this.next();
        if (values.length >= FILTER_LIMITS.inValues) throw new FilterSyntaxError(`An IN list has at most ${FILTER_LIMITS.inValues} values`, comma.position);
        values.push(this.parseLiteralFor(field));
      }
      const close = this.next();
      if (close.kind !== "close") throw new FilterSyntaxError("Expected ',' or ')' in the IN list", close.position);
      return { kind: "in", field, values, negated };
    }
    let operator: ComparisonOperator;
    if (token.kind === "operator") operator = token.text as ComparisonOperator;
    else if (this.isKeyword(token, "LIKE") || this.isKeyword(token, "ILIKE")) operator = token.text.toUpperCase() as ComparisonOperator;
    else throw new FilterSyntaxError(token.kind === "end" ? `Expected an operator after '${fieldToken.text}…'` : `Expected an operator (= != < <= > >= LIKE ILIKE IN), found '${token.text}'`, token.position);
    this.next();
    const valueToken = this.peek();
    if ((operator === "LIKE" || operator === "ILIKE") && field.scope === "metric") throw new FilterSyntaxError(`Metrics are numbers: ${operator} does not apply`, token.position);
    if (field.scope === "dataset" && !["=", "!=", "LIKE", "ILIKE"].includes(operator)) throw new FilterSyntaxError(`Data sets compare with = != LIKE ILIKE, not ${operator}`, token.position);
    const value = this.parseLiteralFor(field);
    if ((operator === "LIKE" || operator === "ILIKE") && value.type !== "string") throw new FilterSyntaxError(`${operator} needs a 'quoted pattern'`, valueToken.position);
    return { kind: "compare", field, operator, value };
  }
}

/** Parses a filter; an empty one is null (everything matches). Throws FilterSyntaxError with the position. */
export function parseFilter(source: string, attributes: readonly string[] = RUN_ATTRIBUTES): FilterNode | null {
  checkReadable(source);
  if (!source.trim()) return null;
  return new Parser(tokenize(source), attributes).parse();
}

export interface OrderBy {
  field: FieldRef;
  direction: "asc" | "desc";
}

/** "metrics.loss DESC", "start_time", "params.`learning rate` ASC". */
export function parseOrderBy(source: string): OrderBy {
  checkReadable(source);
  const parser = new Parser(tokenize(source));
  const fieldToken = parser.peek();
  const field = parser.parseField();
  if (field.scope === "dataset") throw new FilterSyntaxError("Runs cannot be ordered by their data sets", fieldToken.position);
  let direction: "asc" | "desc" = "asc";
  const token = parser.peek();
  if (token.kind === "identifier" && ["ASC", "DESC"].includes(token.text.toUpperCase())) {
    direction = token.text.toLowerCase() as "asc" | "desc";
    parser.next();
  }
  const end = parser.peek();
  if (end.kind !== "end") throw new FilterSyntaxError(`Expected ASC, DESC or the end, found '${end.text}'`, end.position);
  return { field, direction };
}

/** What a run offers to a filter, in plain values. */
export interface FilterableRun {
  attributes: Partial<Record<RunAttribute, string | number | null>>;
  params: Record<string, string | number | boolean>;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  /** The data sets the run read, for datasets.name and datasets.digest. */
  datasets?: ReadonlyArray<{ name: string; digest: string }>;
}

function fieldValue(run: FilterableRun, field: FieldRef): string | number | boolean | null | undefined {
  switch (field.scope) {
    case "attribute":
      return run.attributes[field.key as RunAttribute];
    case "param":
      return run.params[field.key];
    case "metric": {
      // NaN matches nothing, as in the database search.
      const value = run.metrics[metricSeriesName(field.key, field.split)];
      return value === undefined || Number.isNaN(value) ? undefined : value;
    }
    case "tag":
      return run.tags[field.key];
    case "dataset":
      return undefined;
  }
}

function compare(actual: string | number | boolean, operator: ComparisonOperator, literal: Literal): boolean {
  if (operator === "LIKE" || operator === "ILIKE") return likeMatches(String(actual), literal.value as string, operator === "ILIKE");
  const numeric = typeof actual === "number" && literal.type === "number";
  const left: string | number = numeric ? (actual as number) : String(actual);
  const right: string | number = numeric ? literal.value : String(literal.value);
  switch (operator) {
    case "=":
      return left === right;
    case "!=":
      return left !== right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case ">=":
      return left >= right;
  }
}

/**
 * The reference meaning of a filter on one run, as the database search must
 * reproduce it: a missing field (or a NaN metric) matches nothing, not even !=;
 * numbers compare as numbers only when both sides are numbers, otherwise as text
 * (by code point); LIKE's % and _ are its only wildcards.
 */
export function matchesFilter(node: FilterNode | null, run: FilterableRun): boolean {
  if (!node) return true;
  switch (node.kind) {
    case "and":
      return node.children.every((child) => matchesFilter(child, run));
    case "or":
      return node.children.some((child) => matchesFilter(child, run));
    case "compare": {
      // A run matches a data-set condition when one of the data sets it read does.
      if (node.field.scope === "dataset") return (run.datasets ?? []).some((dataset) => compare(dataset[node.field.key as "name" | "digest"], node.operator, node.value));
      const actual = fieldValue(run, node.field);
      return actual !== undefined && actual !== null && compare(actual, node.operator, node.value);
    }
    case "in": {
      if (node.field.scope === "dataset") {
        const datasets = run.datasets ?? [];
        const found = datasets.some((dataset) => node.values.some((value) => compare(dataset[node.field.key as "name" | "digest"], "=", value)));
        return node.negated ? datasets.length > 0 && !found : found;
      }
      const actual = fieldValue(run, node.field);
      if (actual === undefined || actual === null) return false;
      const found = node.values.some((value) => compare(actual, "=", value));
      return node.negated ? !found : found;
    }
  }
}
