/**
 * How long the page took to show data, kept on window.rasdTimings (the browser tests print these). A render counts
 * as done when the map reports idle — everything it was given is drawn — and the table and chart are in place.
 */
export interface RenderTimings {
  /** From navigation start to the first complete render with data. */
  firstRenderMs: number | null;
  /** From each filter change to its complete render, in order. */
  filterChangeMs: number[];
}

declare global {
  interface Window {
    rasdTimings: RenderTimings;
  }
}

window.rasdTimings = { firstRenderMs: null, filterChangeMs: [] };
let filterChangeStart: number | null = null;

export function filterChangeStarted(): void {
  filterChangeStart = performance.now();
}

/** Called after each complete render; also bumps data-renders on <html> so a test can wait for the next one. */
export function renderFinished(): void {
  const now = performance.now();
  if (window.rasdTimings.firstRenderMs === null) window.rasdTimings.firstRenderMs = now;
  else if (filterChangeStart !== null) window.rasdTimings.filterChangeMs.push(now - filterChangeStart);
  filterChangeStart = null;
  const root = document.documentElement;
  root.dataset.renders = String(Number(root.dataset.renders ?? '0') + 1);
}
