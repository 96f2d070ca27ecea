/**
 * One figure's state in one place: a tiny observable store in plain TypeScript (no React),
 * in the manner of zustand's vanilla store. Controls write to it, the scene and the URL
 * read from it. `useFigureState` in src/islands is the thin React binding.
 */
import { sameValue, type FigureState } from './figureState';

export type Listener = (state: FigureState, previous: FigureState) => void;

export interface FigureStore {
  get(): FigureState;
  /** Merges a patch; listeners run only when something really changed. */
  set(patch: Partial<FigureState>): void;
  subscribe(listener: Listener): () => void;
}

export function createFigureStore(initial: FigureState): FigureStore {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof FigureState)[]).some(
        (key) => !sameValue(next[key], state[key]),
      );
      if (!changed) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
