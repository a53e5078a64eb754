import { MAX_WINDOWS, WINDOW_SIZES, type WindowQuery } from "@lifecycle/domain";
import { invalidField } from "../../common/errors/domain-error";

const HOUR_MS = 3_600_000;

/** The windows a report answers: their starts, their size, and the span they cover. */
export interface Windows {
  starts: number[];
  size: number;
  from: Date;
  to: Date;
}

/** The windows of a query: aligned to whole hours, `window` long, from `from` (default a day before `to`) to `to` (default now). */
export function windowsOf(query: WindowQuery): Windows {
  const size = WINDOW_SIZES[query.window];
  const toMs = query.to ? Date.parse(query.to) : Date.now();
  const fromMs = query.from ? Date.parse(query.from) : toMs - 24 * HOUR_MS;
  if (fromMs >= toMs) throw invalidField("from", "Must be before to");
  const first = Math.floor(fromMs / HOUR_MS) * HOUR_MS;
  const count = Math.ceil((toMs - first) / size);
  if (count > MAX_WINDOWS) throw invalidField("window", `${count} windows of ${query.window} between from and to; at most ${MAX_WINDOWS}: choose a larger window or a shorter span`);
  const starts = Array.from({ length: count }, (_, index) => first + index * size);
  return { starts, size, from: new Date(first), to: new Date(first + count * size) };
}

export function indexOf(windows: Windows, hour: Date): number {
  return Math.floor((hour.getTime() - windows.starts[0]!) / windows.size);
}

export function span(start: number, size: number) {
  return { from: new Date(start).toISOString(), to: new Date(start + size).toISOString() };
}
