/**
 * Eases the numbers of a figure's state toward their targets, so that a preset or a guided
 * step glides rather than jumps. Small steps (a drag, an arrow key) are followed at once:
 * easing them would only make the figure lag behind the finger.
 * Under `prefers-reduced-motion` every change is instant. Each eased frame is a new state
 * for the model to solve: the picture is always the model's, never an interpolated drawing.
 *
 * The eased state is a small store of its own that follows the figure's store, read with
 * `useSyncExternalStore`, rather than React state set from an effect: a step then costs one
 * render, in the same task as the key press that made it, and leaves no update pending.
 * (Effect-set state was pending work that a burst of keys < 15 ms apart kept from
 * committing, until React gave up with "Maximum update depth exceeded", #185.)
 */
import { useState, useSyncExternalStore } from 'react';
import { EASED_KEYS, RANGES, type FigureState } from '../state/figureState';
import type { FigureStore } from '../state/store';

const DURATION_MS = 450;
/** A change larger than this share of a control's range is a jump worth easing. */
const JUMP = 0.04;

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Whether going from one state to another is a jump worth a glide. */
export function isJump(from: FigureState, to: FigureState): boolean {
  return EASED_KEYS.some((k) => Math.abs(from[k] - to[k]) > JUMP * (RANGES[k].max - RANGES[k].min));
}

/** The state a share `k` (0–1) of the way from one state to another; the rest is the target's. */
export function between(from: FigureState, to: FigureState, k: number): FigureState {
  const next: FigureState = { ...to };
  for (const key of EASED_KEYS) next[key] = from[key] + (to[key] - from[key]) * k;
  return next;
}

/** What the easing needs from the page; the defaults are the browser's. */
export interface Clock {
  now(): number;
  frame(step: (timeMs: number) => void): number;
  cancel(handle: number): void;
  reducedMotion(): boolean;
}

const BROWSER_CLOCK: Clock = {
  now: () => performance.now(),
  frame: (step) => requestAnimationFrame(step),
  cancel: (handle) => cancelAnimationFrame(handle),
  reducedMotion: prefersReducedMotion,
};

export interface EasedStore {
  /** The state to draw now. */
  get(): FigureState;
  /** Listens for a new state to draw; follows the figure's store while anyone listens. */
  subscribe(listener: () => void): () => void;
}

/** The figure's state as it should be drawn: its store's, with jumps eased over DURATION_MS. */
export function createEasedStore(store: FigureStore, clock: Clock = BROWSER_CLOCK): EasedStore {
  let shown = store.get();
  let glide: number | null = null;
  let unfollow: (() => void) | null = null;
  const listeners = new Set<() => void>();

  const show = (state: FigureState) => {
    shown = state;
    for (const listener of listeners) listener();
  };
  const stop = () => {
    if (glide !== null) clock.cancel(glide);
    glide = null;
  };
  // A new target while gliding starts again from what is drawn now.
  const follow = (target: FigureState) => {
    stop();
    if (target === shown) return;
    if (clock.reducedMotion() || !isJump(shown, target)) {
      show(target);
      return;
    }
    const from = shown;
    const start = clock.now();
    const step = (timeMs: number) => {
      const t = Math.min(1, (timeMs - start) / DURATION_MS);
      glide = t < 1 ? clock.frame(step) : null;
      show(t < 1 ? between(from, target, easeInOut(t)) : target);
    };
    glide = clock.frame(step);
    // The fields that do not glide (the view, the camera) move now, with this render.
    show(between(from, target, 0));
  };

  return {
    get: () => shown,
    subscribe(listener) {
      if (listeners.size === 0) {
        unfollow = store.subscribe(follow);
        follow(store.get());
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unfollow?.();
        unfollow = null;
        stop();
      };
    },
  };
}

/** The state of a figure's store as it should be drawn now (see the header). */
export function useEased(store: FigureStore): FigureState {
  const [eased] = useState(() => createEasedStore(store));
  return useSyncExternalStore(eased.subscribe, eased.get, eased.get);
}
