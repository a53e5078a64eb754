import { createLifecycleClient } from "@lifecycle/client";
import { csrfHeaders } from "./session";

/** The one way the dashboard reaches the API: the generated, typed client on the page's own origin. */
export const api = createLifecycleClient({ baseUrl: window.location.origin, headers: csrfHeaders });
