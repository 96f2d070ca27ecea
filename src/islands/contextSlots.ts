/**
 * At most a few live WebGL contexts per page: tablets run out of contexts and memory long
 * before a long article runs out of figures. A figure asks for a slot when it comes near
 * the screen and gives it back when it leaves; when the slots are full, the figure farthest
 * from the screen is asked to give its slot up (it falls back to its poster).
 */
export const MAX_LIVE_CONTEXTS = 3;

interface Claim {
  element: Element;
  grant: () => void;
  revoke: () => void;
}

const holders = new Set<Claim>();
const waiting = new Set<Claim>();

function distanceFromScreen(element: Element): number {
  const r = element.getBoundingClientRect();
  const h = window.innerHeight;
  if (r.bottom < 0) return -r.bottom;
  if (r.top > h) return r.top - h;
  return 0;
}

function grant(claim: Claim): void {
  waiting.delete(claim);
  holders.add(claim);
  claim.grant();
}

/** Asks for a live context; returns the function that gives the slot (or the request) back. */
export function claimContext(
  element: Element,
  onGrant: () => void,
  onRevoke: () => void,
): () => void {
  const claim: Claim = { element, grant: onGrant, revoke: onRevoke };
  if (holders.size < MAX_LIVE_CONTEXTS) grant(claim);
  else {
    let farthest: Claim | undefined;
    for (const h of holders)
      if (!farthest || distanceFromScreen(h.element) > distanceFromScreen(farthest.element))
        farthest = h;
    if (farthest && distanceFromScreen(farthest.element) > distanceFromScreen(element)) {
      // The farther figure waits for a slot again, in case it comes back near the screen.
      holders.delete(farthest);
      waiting.add(farthest);
      farthest.revoke();
      grant(claim);
    } else waiting.add(claim);
  }
  return () => {
    waiting.delete(claim);
    if (!holders.delete(claim)) return;
    let nearest: Claim | undefined;
    for (const w of waiting)
      if (!nearest || distanceFromScreen(w.element) < distanceFromScreen(nearest.element))
        nearest = w;
    if (nearest) grant(nearest);
  };
}

/** How many contexts are live now (for tests and the benchmark). */
export function liveContexts(): number {
  return holders.size;
}
