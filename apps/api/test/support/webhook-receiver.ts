import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A JSON body as the receiver parsed it: read loosely, as a receiver would. */
export type Payload = ReturnType<typeof JSON.parse>;

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on a free port: keeps what it is sent, answers the status codes queued (then 200). */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private readonly answers: number[] = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | null = null;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        receiver!.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        const status = receiver!.answers.shift() ?? 200;
        response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "thanks" : "receiver is down");
      });
    });
    receiver = new WebhookReceiver(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/lifecycle`;
  }

  /** The next requests are answered with these status codes, in order. */
  answer(...statuses: number[]): void {
    this.answers.push(...statuses);
  }

  /** What it received of one event, parsed. */
  events(event: string): Array<{ headers: IncomingHttpHeaders; body: Payload }> {
    return this.received.filter((item) => item.headers["x-lifecycle-event"] === event).map((item) => ({ headers: item.headers, body: JSON.parse(item.body) as Payload }));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
