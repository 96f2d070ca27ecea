import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from './figureState';
import { createFigureStore } from './store';

describe('figure store', () => {
  it('merges patches and tells listeners the new and previous state', () => {
    const store = createFigureStore(DEFAULT_STATE);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ depth: 0.9 });
    expect(store.get()).toEqual({ ...DEFAULT_STATE, depth: 0.9 });
    expect(listener).toHaveBeenCalledWith({ ...DEFAULT_STATE, depth: 0.9 }, DEFAULT_STATE);
  });

  it('stays quiet when a patch changes nothing, and after unsubscribing', () => {
    const store = createFigureStore(DEFAULT_STATE);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ depth: DEFAULT_STATE.depth, camera: null });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    store.set({ depth: 0.1 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('compares the camera by its numbers, not by which object holds them', () => {
    const camera = { azimuthDeg: 30, elevationDeg: 10, zoom: 1.5 };
    const store = createFigureStore({ ...DEFAULT_STATE, camera });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ camera: { ...camera } });
    expect(listener).not.toHaveBeenCalled();
    store.set({ camera: { ...camera, zoom: 2 } });
    expect(listener).toHaveBeenCalledTimes(1);
    store.set({ camera: null });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
