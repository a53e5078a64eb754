import type { Readable } from "node:stream";

/** A text stream's lines, as they arrive (a final line without a newline included). */
export async function* linesOf(stream: Readable): AsyncGenerator<string> {
  stream.setEncoding("utf8");
  let rest = "";
  for await (const chunk of stream as AsyncIterable<string>) {
    rest += chunk;
    let end = rest.indexOf("\n");
    while (end >= 0) {
      yield rest.slice(0, end);
      rest = rest.slice(end + 1);
      end = rest.indexOf("\n");
    }
  }
  if (rest) yield rest;
}
