/**
 * A random key for the Idempotency-Key header. crypto.randomUUID exists only in
 * secure contexts (https or localhost); getRandomValues works on plain http too.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
