import { useEffect } from "react";

/** Names what the page shows in the tab and history: "knn-k7 · Spam email classifier · Lifecycle". Parts not yet known are left out. */
export function useDocumentTitle(...parts: Array<string | null | undefined>) {
  const title = [...parts.filter((part): part is string => Boolean(part)), "Lifecycle"].join(" · ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
