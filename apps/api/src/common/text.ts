/** Stores cleared text as null: "" and whitespace mean "nothing". */
export function blankToNull<T extends string | null | undefined>(value: T): T extends string ? string | null : T {
  if (typeof value !== "string") return value as never;
  return (value.trim() === "" ? null : value) as never;
}

/** Applies blankToNull to every string field of a partial update, keeping undefined (not sent) as it is. */
export function normaliseText<T extends Record<string, unknown>>(input: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    result[key] = typeof value === "string" ? blankToNull(value) : value;
  }
  return result as T;
}

export function toIso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
