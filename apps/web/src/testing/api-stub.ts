/**
 * Answers the dashboard's HTTP calls in component tests: a handler per
 * "METHOD /path" returns the status and JSON body the API would.
 */
export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (request: StubRequest) => { status: number; body?: unknown };

export function stubApi(handlers: Record<string, Handler>) {
  const calls: StubRequest[] = [];
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = await request.text();
    const call: StubRequest = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    if (!handler) return new Response(JSON.stringify({ statusCode: 404, code: "ROUTE_NOT_FOUND", message: `No stub for ${call.method} ${call.path}` }), { status: 404 });
    const { status, body } = handler(call);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return calls;
}
