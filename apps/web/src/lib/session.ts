/**
 * The CSRF token of the signed-in session, sent with every change. It lives in
 * memory only; /api/v1/auth/me hands it out again after a reload.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
}

/** Fired when the API answers 401 to a signed-in page: the session has ended. */
export const SESSION_ENDED_EVENT = "lifecycle:session-ended";
