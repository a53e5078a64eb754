import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

/**
 * Streams `chunks` into `COPY … FROM STDIN` on `client`. Whatever goes wrong — a chunk that cannot be made, the
 * server refusing a row — the COPY is ended (a CopyFail when the fault is ours) before this rejects, so the
 * connection is back at a prompt and its transaction can be rolled back: a COPY left open would hold its
 * connection, and every request waiting for one, for ever.
 */
export function copyIn(client: PoolClient, sql: string, chunks: Iterable<Buffer>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = client.query(copyFrom(sql));
    let failure: Error | undefined;
    // The server refused a row, or answered our CopyFail: the COPY is over, and the driver holds the connection's
    // next query until the server is ready for it.
    stream.on("error", (error: Error) => reject(failure ?? error));
    stream.on("finish", resolve);
    stream.on("close", () => reject(failure ?? new Error("The COPY was ended before it finished.")));
    try {
      for (const chunk of chunks) stream.write(chunk);
      stream.end();
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      stream.destroy(failure);
    }
  });
}
