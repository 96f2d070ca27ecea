/**
 * A compare figure's stores: the shared state the reader sets (one store, one slider), and one
 * store per hip that follows it through `compareStates`, so each hip is solved and eased by
 * the same code as a single figure (useSolvedFigure). The clinic presenter has its own shared
 * store (its steps set it), so it uses `useFollowingHips` alone.
 */
import { useEffect, useState } from 'react';
import { compareStates, type CompareName } from '../state/compare';
import type { FigureState } from '../state/figureState';
import { createFigureStore, type FigureStore } from '../state/store';

/** The two hips of `pair`, following `shared`: [typical, other]. */
export function useFollowingHips(
  shared: FigureStore,
  pair: CompareName,
): { typical: FigureStore; other: FigureStore } {
  const [hips] = useState(() => {
    const [a, b] = compareStates(pair, shared.get());
    return { typical: createFigureStore(a), other: createFigureStore(b) };
  });
  useEffect(() => {
    const follow = (state: FigureState) => {
      const [a, b] = compareStates(pair, state);
      hips.typical.set(a);
      hips.other.set(b);
    };
    follow(shared.get());
    return shared.subscribe(follow);
  }, [hips, shared, pair]);
  return hips;
}

export function useCompareStores(
  base: FigureState,
  pair: CompareName,
): { shared: FigureStore; typical: FigureStore; other: FigureStore } {
  const [shared] = useState(() => createFigureStore(base));
  const hips = useFollowingHips(shared, pair);
  return { shared, ...hips };
}
