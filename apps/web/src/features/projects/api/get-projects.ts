import type { OperationArgs } from "@lifecycle/client";

export type ProjectFilters = NonNullable<OperationArgs<"listProjects">["query"]>;
