const DAY = 86_400_000;
const HOUR = 3_600_000;

/** "3 d", "5 h", "12 min": how long since a moment. */
export function durationSince(iso: string, now = Date.now()): string {
  const ms = Math.max(0, now - new Date(iso).getTime());
  if (ms >= DAY) return `${Math.floor(ms / DAY)} d`;
  if (ms >= HOUR) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.max(1, Math.floor(ms / 60_000))} min`;
}

export function formatDateTime(iso: string | null): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function formatNumber(value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined) return "—";
  // Enough digits to tell 0.9234 from 0.9241, not so many that 39.4549% looks precise.
  const magnitude = Math.abs(value);
  const text = value.toLocaleString(undefined, { maximumFractionDigits: magnitude >= 100 ? 0 : magnitude >= 1 ? 2 : 4 });
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

export function formatPercent(fraction: number | null): string {
  return fraction === null ? "—" : `${Math.round(fraction * 100)}%`;
}

/** "812 B", "4.2 KB", "52.0 MB" (decimal units); "—" when unknown. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "—";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value >= 100 || unit === 0 ? 0 : 1)} ${units[unit]}`;
}
