/**
 * A compare figure's stores: the shared state the reader sets (one store, one slider), and one
 * store per hip that follows it through `compareStates`, so each hip is solved and eased by
 * the same code as a single figure (useSolvedFigure).
 */
import { useEffect, useState } from 'react';
import { compareStates, type CompareName } from '../state/compare';
import type { FigureState } from '../state/figureState';
import { createFigureStore, type FigureStore } from '../state/store';

export function useCompareStores(
  base: FigureState,
  first: CompareName,
  pair: CompareName,
): { shared: FigureStore; typical: FigureStore; other: FigureStore } {
  const [stores] = useState(() => {
    const [a, b] = compareStates(first, base);
    return {
      shared: createFigureStore(base),
      typical: createFigureStore(a),
      other: createFigureStore(b),
    };
  });
  useEffect(() => {
    const follow = (state: FigureState) => {
      const [a, b] = compareStates(pair, state);
      stores.typical.set(a);
      stores.other.set(b);
    };
    follow(stores.shared.get());
    return stores.shared.subscribe(follow);
  }, [stores, pair]);
  return stores;
}
