import { z } from "zod";

/**
 * Validation messages that speak to people ("Name is required", not "Too small: expected string to have
 * >=1 characters"), installed as zod's error map wherever the contracts load: the API's 400s and the
 * dashboard's forms say the same thing. Messages a schema sets itself are kept.
 */
type Issue = z.core.$ZodRawIssue;

/** "metricKey" → "Metric key"; the last named step of the path, or "This field". */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string {
  const name = [...(path ?? [])].reverse().find((step): step is string => typeof step === "string");
  if (!name) return "This field";
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const FORMATS: Record<string, string> = {
  email: "an email address",
  url: "a URL",
  uuid: "an id (a UUID)",
  guid: "an id (a UUID)",
  datetime: "a date and time with its offset, e.g. 2026-12-01T09:30:00Z",
  date: "a date, e.g. 2026-12-01",
  time: "a time, e.g. 09:30",
  regex: "in the expected form",
};
const TYPES: Record<string, string> = { string: "text", number: "a number", int: "a whole number", boolean: "true or false", array: "a list", object: "an object", date: "a date" };
const plural = (count: number | bigint, noun: string) => `${count} ${noun}${count === 1 || count === 1n ? "" : "s"}`;

export function humanIssueMessage(issue: Issue): string | undefined {
  const label = fieldLabel(issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return `${label} is required`;
      return `${label} must be ${TYPES[issue.expected] ?? issue.expected}`;
    case "too_small": {
      const minimum = issue.minimum;
      if (issue.origin === "string") return Number(minimum) <= 1 ? `${label} is required` : `${label} needs at least ${plural(minimum, "character")}`;
      if (issue.origin === "array" || issue.origin === "set") return Number(minimum) <= 1 ? `${label} needs at least one item` : `${label} needs at least ${plural(minimum, "item")}`;
      if (issue.origin === "date") return `${label} must not be before ${String(minimum)}`;
      return issue.inclusive === false ? `${label} must be more than ${String(minimum)}` : `${label} must be at least ${String(minimum)}`;
    }
    case "too_big": {
      const maximum = issue.maximum;
      if (issue.origin === "string") return `${label} takes at most ${plural(maximum, "character")}`;
      if (issue.origin === "array" || issue.origin === "set") return `${label} takes at most ${plural(maximum, "item")}`;
      if (issue.origin === "date") return `${label} must not be after ${String(maximum)}`;
      return issue.inclusive === false ? `${label} must be less than ${String(maximum)}` : `${label} must be at most ${String(maximum)}`;
    }
    case "invalid_format":
      if (issue.format === "starts_with" || issue.format === "ends_with" || issue.format === "includes") return undefined;
      return `${label} must be ${FORMATS[issue.format] ?? `a valid ${issue.format}`}`;
    case "invalid_value":
      return issue.values.length === 1 ? `${label} must be ${JSON.stringify(issue.values[0])}` : `${label} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "not_multiple_of":
      return `${label} must be a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

z.config({ customError: humanIssueMessage });
