import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// findBy… and waitFor give up after 1 s by default: on a machine whose cores are busy elsewhere a route's first
// render can take longer. Waiting longer changes nothing for a test that passes, and one whose element never
// comes still fails (within the tier's 30 s).
configure({ asyncUtilTimeout: 15_000 });

// jsdom lacks the layout APIs Mantine reads.
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView = () => {};

// jsdom has no canvas: say so the way a browser without one would, instead of logging "not implemented".
window.HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
