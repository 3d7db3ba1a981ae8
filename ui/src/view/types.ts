// Owns the shape every view module returns: its root element and an update from state.
import type { State } from "../state";

export interface View {
  el: HTMLElement;
  /** Brings the DOM up to date; `previous` is null on the first render. */
  update(state: State, previous: State | null): void;
}
