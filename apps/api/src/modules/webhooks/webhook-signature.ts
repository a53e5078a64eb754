import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A new webhook secret: 32 random bytes, url-safe. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** The X-Lifecycle-Signature header for a body: sha256= and the hex HMAC-SHA256 of its bytes with the secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** Whether a signature header is the body's (what a receiver checks; constant-time). */
export function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
