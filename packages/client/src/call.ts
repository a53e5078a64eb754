import type { operations } from "./generated/schema";

export type OperationId = keyof operations;
type Operation<K extends OperationId> = operations[K];

type Defined<T> = Exclude<T, undefined | never>;
type ParamsOf<K extends OperationId> = Operation<K>["parameters"];
type PathOf<K extends OperationId> = ParamsOf<K> extends { path: infer P } ? ([P] extends [never] ? never : P) : never;
type QueryOf<K extends OperationId> = ParamsOf<K> extends { query?: infer Q } ? ([Q] extends [never] ? never : Defined<Q>) : never;
type RequestBodyOf<K extends OperationId> = NonNullable<Operation<K>["requestBody"]>;
type BodyOf<K extends OperationId> = [RequestBodyOf<K>] extends [never]
  ? never
  : RequestBodyOf<K> extends { content: { "application/json": infer B } }
    ? B
    : RequestBodyOf<K> extends { content: { "text/csv": unknown } }
      ? string | Blob
      : RequestBodyOf<K> extends { content: { "application/octet-stream": unknown } }
        ? Blob
        : never;

type Field<Name extends string, T, Optional extends boolean> = [T] extends [never]
  ? { [P in Name]?: never }
  : Optional extends true
    ? { [P in Name]?: T }
    : { [P in Name]: T };

/** What a call takes: path parameters, query and body, each only where the operation has them. */
export type OperationArgs<K extends OperationId> = Field<"path", PathOf<K>, false> &
  Field<"query", QueryOf<K>, true> &
  Field<"body", BodyOf<K>, false> & { signal?: AbortSignal; headers?: Record<string, string> };

type SuccessStatus = 200 | 201 | 202 | 204;
type ResponsesOf<K extends OperationId> = Operation<K>["responses"];
type ContentOf<R> = R extends { content: { "application/json": infer C } } ? C : void;
/** What a call resolves to: the body of its success response (void for 204). */
export type OperationResult<K extends OperationId> = {
  [S in SuccessStatus & keyof ResponsesOf<K>]: ContentOf<ResponsesOf<K>[S]>;
}[SuccessStatus & keyof ResponsesOf<K>];

export type OperationCaller = (
  method: string,
  route: string,
  args: { path?: object; query?: object; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<unknown>;
