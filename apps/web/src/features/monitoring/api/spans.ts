/** The spans the Monitoring tab shows, each with the window it is cut into. */
export const SPANS = {
  "24h": { label: "Last 24 hours, hourly", hours: 24, window: "1h" },
  "7d": { label: "Last 7 days, every 6 hours", hours: 7 * 24, window: "6h" },
  "30d": { label: "Last 30 days, daily", hours: 30 * 24, window: "1d" },
} as const;
export type SpanKey = keyof typeof SPANS;

export const isSpan = (value: string | null): value is SpanKey => value !== null && value in SPANS;

/** The span's query: it ends with the current hour (included), so the hour under way shows as it fills. */
export function spanQuery(span: SpanKey, now = Date.now()) {
  const hour = 3_600_000;
  const to = Math.floor(now / hour) * hour + hour;
  return { from: new Date(to - SPANS[span].hours * hour).toISOString(), to: new Date(to).toISOString(), window: SPANS[span].window };
}
