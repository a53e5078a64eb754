import { Client } from "pg";

/**
 * A pg client that sends one query at a time: a promise-style query waits for the one before it. Prisma's driver
 * adapter fetches a join's relations at once on a transaction's single connection, which pg 8 queues with a
 * deprecation warning and pg 9 will refuse (prisma/orm#29407). Callback and stream (COPY) queries go straight
 * through, as before.
 */
export class SerialClient extends Client {
  private tail: Promise<unknown> = Promise.resolve();

  override query(...args: unknown[]): never {
    const first = args[0] as { submit?: unknown } | undefined;
    const direct = typeof args[args.length - 1] === "function" || (typeof first === "object" && first !== null && typeof first.submit === "function");
    if (direct) return (super.query as (...a: unknown[]) => never)(...args);
    const run = this.tail.then(() => (super.query as (...a: unknown[]) => Promise<unknown>)(...args));
    this.tail = run.catch(() => undefined);
    return run as never;
  }
}
