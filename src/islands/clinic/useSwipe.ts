/**
 * Horizontal swipes on an element, from pointer events (touch, pen or mouse). The element
 * should have `touch-action: pan-y`, so that the browser keeps vertical scrolling and hands
 * horizontal moves to the page instead of starting a pan (which would cancel the pointer).
 */
import { useRef, type PointerEvent } from 'react';

/** Shortest horizontal travel that counts as a swipe, in CSS px. */
export const SWIPE_MIN_PX = 60;

export type SwipeDirection = 'left' | 'right';

export function useSwipe(onSwipe: (direction: SwipeDirection) => void) {
  const start = useRef<{ id: number; x: number; y: number } | null>(null);
  return {
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (!e.isPrimary || (e.pointerType === 'mouse' && e.button !== 0)) return;
      start.current = { id: e.pointerId, x: e.clientX, y: e.clientY };
      // Keep receiving this pointer even if it leaves the element mid-swipe.
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      const s = start.current;
      start.current = null;
      if (!s || s.id !== e.pointerId) return;
      const dx = e.clientX - s.x;
      const dy = e.clientY - s.y;
      // Mostly sideways, and far enough: a tap or a vertical scroll is not a swipe.
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 1.5 * Math.abs(dy))
        onSwipe(dx < 0 ? 'left' : 'right');
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
