/** The one ViewState of the page: changes go through update(), which writes the URL and tells every listener. */
import { readViewState, writeViewState, type ViewState } from './view-state.js';

export type ViewListener = (state: ViewState, previous: ViewState) => void;

export class ViewStore {
  private current: ViewState;
  private readonly listeners = new Set<ViewListener>();

  constructor(search: string) {
    this.current = readViewState(search);
  }

  get state(): ViewState {
    return this.current;
  }

  subscribe(listener: ViewListener): void {
    this.listeners.add(listener);
  }

  update(change: Partial<ViewState>): void {
    const previous = this.current;
    this.current = { ...previous, ...change };
    const query = writeViewState(this.current);
    // replaceState, not pushState: dragging the slider would otherwise fill the history with hundreds of entries.
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    for (const listener of this.listeners) listener(this.current, previous);
  }
}
