/**
 * The reader's first touch, click, key or wheel anywhere on the page, heard once per page.
 * A permalink, embed or presenter page draws its poster (the model's flat drawing, with a
 * working slider) and starts the 3D only then: starting three.js and its first WebGL frame at
 * load blocked a slow phone's main thread for seconds while the reader could do nothing.
 * Figures mounted after that first touch (the presenter's side-by-side step) start at once.
 *
 * It listens from the moment this module loads, before the islands hydrate, so a tap that
 * lands while React is still hydrating is not lost.
 */

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'focusin'] as const;

let heard = false;
const waiting = new Set<() => void>();

function hear(): void {
  heard = true;
  for (const type of EVENTS) window.removeEventListener(type, hear, { capture: true });
  for (const run of [...waiting]) run();
  waiting.clear();
}

if (typeof window !== 'undefined')
  for (const type of EVENTS) window.addEventListener(type, hear, { capture: true, passive: true });

/** Calls `run` at the page's first interaction (now, if there was one); returns a cancel. */
export function onFirstInteraction(run: () => void): () => void {
  if (heard) {
    run();
    return () => {};
  }
  waiting.add(run);
  return () => {
    waiting.delete(run);
  };
}
