/** Path prefixes of the MLflow-compatible API, whose clients may send a token as HTTP Basic. */
export const MLFLOW_PREFIXES = ["/api/2.0/mlflow", "/ajax-api/2.0/mlflow", "/api/2.0/mlflow-artifacts"];

/**
 * The token in an Authorization header: `Bearer <token>` anywhere (what
 * MLFLOW_TRACKING_TOKEN sends), and on the MLflow routes also `Basic` with the
 * token as the password (what MLFLOW_TRACKING_USERNAME/PASSWORD send). null when
 * the header carries no usable token.
 */
export function tokenFromAuthorization(header: string, path: string): string | null {
  const [scheme = "", value = ""] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === "bearer") return value || null;
  if (scheme.toLowerCase() === "basic" && MLFLOW_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const separator = decoded.indexOf(":");
    return separator >= 0 && separator < decoded.length - 1 ? decoded.slice(separator + 1) : null;
  }
  return null;
}
