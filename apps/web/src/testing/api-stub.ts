/**
 * Answers the dashboard's HTTP calls in component tests: a handler per
 * "METHOD /path" returns the status and JSON body the API would.
 */
export interface StubRequest {
  method: string;
  path: string;
  headers: Headers;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (request: StubRequest) => { status: number; body?: unknown };

export const SIGNED_IN_AS = {
  user: { id: "5b1c1f55-2a57-4c57-9a43-3d1d2d6a3c09", email: "ana@example.com", name: "Ana", isAdmin: false, createdAt: "2026-11-01T00:00:00.000Z" },
  name: "Ana",
  isAdmin: false,
  method: "session",
  csrfToken: "csrf-123",
};

/** Stubs the API; a signed-in user unless a handler for GET /api/v1/auth/me says otherwise. */
export function stubApi(given: Record<string, Handler>) {
  const handlers: Record<string, Handler> = { "GET /api/v1/auth/me": () => ({ status: 200, body: SIGNED_IN_AS }), ...given };
  const calls: StubRequest[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = await request.text();
    const json = request.headers.get("content-type")?.includes("json") ?? true;
    const call: StubRequest = { method: request.method, path: url.pathname, headers: request.headers, query: url.searchParams, body: text ? (json ? JSON.parse(text) : text) : undefined };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    if (!handler) return new Response(JSON.stringify({ statusCode: 404, code: "ROUTE_NOT_FOUND", message: `No stub for ${call.method} ${call.path}` }), { status: 404 });
    const { status, body } = handler(call);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return calls;
}
