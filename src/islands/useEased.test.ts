import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE, RANGES } from '../state/figureState';
import { PRESETS } from '../state/presets';
import { createFigureStore } from '../state/store';
import { createEasedStore, isJump, type Clock } from './useEased';

/** A clock whose frames run only when the test says. */
function testClock(reduced = false) {
  let time = 0;
  let next = 1;
  const frames = new Map<number, (timeMs: number) => void>();
  const clock: Clock = {
    now: () => time,
    frame: (step) => {
      frames.set(next, step);
      return next++;
    },
    cancel: (handle) => frames.delete(handle),
    reducedMotion: () => reduced,
  };
  const advance = (ms: number) => {
    time += ms;
    const due = [...frames.values()];
    frames.clear();
    for (const step of due) step(time);
  };
  return { clock, advance, pending: () => frames.size };
}

function setup(reduced = false) {
  const store = createFigureStore(PRESETS.parallel.state);
  const { clock, advance, pending } = testClock(reduced);
  const eased = createEasedStore(store, clock);
  const listener = vi.fn();
  const unsubscribe = eased.subscribe(listener);
  return { store, eased, listener, unsubscribe, advance, pending };
}

describe('eased figure state', () => {
  it('follows a small step at once, with one notice and no frame left pending', () => {
    const { store, eased, listener, pending } = setup();
    store.set({ depth: 0.51 });
    expect(eased.get()).toBe(store.get());
    expect(listener).toHaveBeenCalledTimes(1);
    expect(pending()).toBe(0);
  });

  it('takes 500 alternating steps as 500 states and ends on the last one', () => {
    const { store, eased, listener, pending } = setup();
    for (let i = 0; i < 500; i++) store.set({ depth: i % 2 === 0 ? 0.51 : 0.5 });
    expect(listener).toHaveBeenCalledTimes(500);
    expect(eased.get().depth).toBe(0.5);
    expect(pending()).toBe(0);
  });

  it('glides through a jump in frames and lands exactly on the target', () => {
    const { store, eased, advance, pending } = setup();
    store.set({ depth: 1 });
    expect(eased.get().depth).toBe(0.5);
    advance(225);
    const midway = eased.get().depth;
    expect(midway).toBeGreaterThan(0.5);
    expect(midway).toBeLessThan(1);
    advance(225);
    expect(eased.get()).toBe(store.get());
    expect(pending()).toBe(0);
  });

  it('starts a new glide from what is drawn when the target moves mid-glide', () => {
    const { store, eased, advance } = setup();
    store.set({ depth: 1 });
    advance(225);
    const drawn = eased.get().depth;
    store.set({ depth: 0 });
    expect(eased.get().depth).toBe(drawn);
    advance(450);
    expect(eased.get().depth).toBe(0);
  });

  it('moves other fields (the view) at once, even during a glide', () => {
    const { store, eased } = setup();
    store.set({ depth: 1, view: 'front' });
    expect(eased.get().view).toBe('front');
    expect(eased.get().depth).toBe(0.5);
  });

  it('never glides when the reader prefers reduced motion', () => {
    const { store, eased, pending } = setup(true);
    store.set({ ...PRESETS.cam.state });
    expect(eased.get()).toBe(store.get());
    expect(pending()).toBe(0);
  });

  it('catches up with changes made before anyone listened, and stops following after', () => {
    const store = createFigureStore(DEFAULT_STATE);
    const { clock, advance, pending } = testClock();
    const eased = createEasedStore(store, clock);
    store.set({ depth: 0.9 });
    expect(eased.get().depth).toBe(DEFAULT_STATE.depth);
    const unsubscribe = eased.subscribe(() => {});
    advance(450);
    expect(eased.get().depth).toBe(0.9);
    unsubscribe();
    store.set({ depth: 0.1 });
    expect(pending()).toBe(0);
    expect(eased.get().depth).toBe(0.9);
  });

  it('calls a jump any change larger than 4% of a field’s range', () => {
    const step = 0.04 * (RANGES.stanceWidthMm.max - RANGES.stanceWidthMm.min);
    expect(isJump(DEFAULT_STATE, { ...DEFAULT_STATE, stanceWidthMm: 400 + step - 10 })).toBe(false);
    expect(isJump(DEFAULT_STATE, { ...DEFAULT_STATE, stanceWidthMm: 400 + step + 10 })).toBe(true);
    expect(isJump(DEFAULT_STATE, { ...DEFAULT_STATE, view: 'front' })).toBe(false);
  });
});
