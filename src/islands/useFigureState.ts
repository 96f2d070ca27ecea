/** The React binding of a figure store: re-renders when the state changes. */
import { useSyncExternalStore } from 'react';
import type { FigureState } from '../state/figureState';
import type { FigureStore } from '../state/store';

export function useFigureState(store: FigureStore): FigureState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
