/**
 * Eases the numbers of a figure's state toward their targets, so that a preset or a guided
 * step glides rather than jumps. Small steps (a drag, an arrow key) are followed at once:
 * easing them would only make the figure lag behind the finger.
 * Under `prefers-reduced-motion` every change is instant. Each eased frame is a new state
 * for the model to solve: the picture is always the model's, never an interpolated drawing.
 */
import { useEffect, useRef, useState } from 'react';
import { EASED_KEYS, RANGES, type FigureState } from '../state/figureState';

const DURATION_MS = 450;
/** A change larger than this share of a control's range is a jump worth easing. */
const JUMP = 0.04;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function useEased(target: FigureState): FigureState {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  shownRef.current = shown;

  useEffect(() => {
    const from = shownRef.current;
    const isJump = EASED_KEYS.some(
      (k) => Math.abs(from[k] - target[k]) > JUMP * (RANGES[k].max - RANGES[k].min),
    );
    if (!isJump || prefersReducedMotion()) {
      setShown(target);
      return;
    }
    let frame = 0;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      const k = easeInOut(t);
      const next: FigureState = { ...target };
      for (const key of EASED_KEYS) next[key] = from[key] + (target[key] - from[key]) * k;
      setShown(t < 1 ? next : target);
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [target]);

  return shown;
}
