/**
 * Places labels beside the points they name, in screen units, so that no two labels overlap,
 * none covers the point it or another label names, none covers the obstacles given (the
 * contact marker, the close-up, the tags) and all stay inside the pane. Greedy, highest
 * priority first: each label tries positions around its point, nearest first, and keeps its
 * previous one while that stays free (so labels do not jump as the figure moves). A required
 * label that finds no place near its point searches the whole pane; an optional one is left
 * out. Pure, so the 3D overlay, the flat drawing and the tests share it.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelBox {
  id: string;
  anchor: { x: number; y: number };
  w: number;
  h: number;
  priority: number;
  required: boolean;
}

export interface Placed {
  id: string;
  box: Box;
  /** Leader line from the part to the label's nearest edge. */
  leader: { x1: number; y1: number; x2: number; y2: number };
}

/** Room kept between labels, and around the points they name. */
const GAP = 3;
const DOT = 5;
const RADII = [16, 26, 38, 52, 68, 88, 112, 140, 172];
const DIRECTIONS = 16;
/** Step of the search over the whole pane for a required label with no room near its point. */
const SCAN = 8;

export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const inside = (b: Box, bounds: Box) =>
  b.x >= bounds.x &&
  b.y >= bounds.y &&
  b.x + b.w <= bounds.x + bounds.w &&
  b.y + b.h <= bounds.y + bounds.h;

/** A box whose edge sits `r` from the point along angle `a` (0 = right, π/2 = down). */
function around(label: LabelBox, r: number, a: number): Box {
  const dx = Math.cos(a);
  const dy = Math.sin(a);
  // Distance from the box centre to its edge along (dx, dy).
  const half = Math.min(
    Math.abs(dx) > 1e-6 ? label.w / 2 / Math.abs(dx) : Infinity,
    Math.abs(dy) > 1e-6 ? label.h / 2 / Math.abs(dy) : Infinity,
  );
  const cx = label.anchor.x + dx * (r + half);
  const cy = label.anchor.y + dy * (r + half);
  return { x: cx - label.w / 2, y: cy - label.h / 2, w: label.w, h: label.h };
}

function nearestOnBox(b: Box, p: { x: number; y: number }) {
  return {
    x: Math.min(Math.max(p.x, b.x), b.x + b.w),
    y: Math.min(Math.max(p.y, b.y), b.y + b.h),
  };
}

function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  // Liang–Barsky clip of the segment against the box.
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [
    [-dx, x1 - b.x],
    [dx, b.x + b.w - x1],
    [-dy, y1 - b.y],
    [dy, b.y + b.h - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

export interface LayoutOptions {
  bounds: Box;
  obstacles?: Box[];
  /** Each label's offset from its point last time (box corner − point), kept while it stays free. */
  previous?: ReadonlyMap<string, { dx: number; dy: number }>;
  /** Directions tried first, per label id (radians; 0 = right, −π/2 = up). */
  prefer?: Readonly<Record<string, number>>;
  /** Labels without a preferred direction go outward from this point (the middle of the picture), off the parts. */
  outwardFrom?: { x: number; y: number };
}

/** How much a label may move further from its point to keep to its direction, px per radian. */
const TURN_COST = 26;

/** The offsets to pass as `previous` next time. */
export function offsetsOf(placed: readonly Placed[]): Map<string, { dx: number; dy: number }> {
  return new Map(
    placed.map((p) => [p.id, { dx: p.box.x - p.leader.x1, dy: p.box.y - p.leader.y1 }]),
  );
}

export function layoutLabels(labels: readonly LabelBox[], options: LayoutOptions): Placed[] {
  const { bounds, obstacles = [], previous, prefer = {} } = options;
  const order = [...labels].sort((a, b) => b.priority - a.priority);
  const dots: Box[] = labels.map((l) => ({
    x: l.anchor.x - DOT,
    y: l.anchor.y - DOT,
    w: 2 * DOT,
    h: 2 * DOT,
  }));
  const placed: Placed[] = [];
  const taken: Box[] = [...obstacles];

  const free = (b: Box) =>
    inside(b, bounds) &&
    !taken.some((t) => overlaps(b, t, GAP)) &&
    !dots.some((d) => overlaps(b, d));
  const crossesLeaders = (label: LabelBox, b: Box) => {
    const end = nearestOnBox(b, label.anchor);
    return placed.some(
      (p) =>
        segmentHitsBox(label.anchor.x, label.anchor.y, end.x, end.y, p.box) ||
        segmentHitsBox(p.leader.x1, p.leader.y1, p.leader.x2, p.leader.y2, b),
    );
  };

  for (const label of order) {
    let choice: Box | null = null;
    const last = previous?.get(label.id);
    if (last) {
      // Keep the same offset from the point if it is still free and still near.
      const moved = {
        x: label.anchor.x + last.dx,
        y: label.anchor.y + last.dy,
        w: label.w,
        h: label.h,
      };
      if (free(moved) && !crossesLeaders(label, moved)) {
        const end = nearestOnBox(moved, label.anchor);
        if (Math.hypot(end.x - label.anchor.x, end.y - label.anchor.y) <= RADII[4]!) choice = moved;
      }
    }
    if (!choice) {
      const o = options.outwardFrom;
      const start =
        prefer[label.id] ??
        (o ? Math.atan2(label.anchor.y - o.y, label.anchor.x - o.x) : undefined);
      const candidates: { box: Box; score: number }[] = [];
      for (const r of RADII)
        for (let i = 0; i < DIRECTIONS; i++) {
          const a = (2 * Math.PI * i) / DIRECTIONS;
          let turn = 0;
          if (start !== undefined) {
            turn = Math.abs(a - start) % (2 * Math.PI);
            turn = Math.min(turn, 2 * Math.PI - turn);
          }
          candidates.push({ box: around(label, r, a), score: r + TURN_COST * turn });
        }
      candidates.sort((x, y) => x.score - y.score);
      let fallback: Box | null = null;
      for (const { box } of candidates) {
        if (!free(box)) continue;
        if (!crossesLeaders(label, box)) {
          choice = box;
          break;
        }
        fallback ??= box;
      }
      choice ??= fallback;
    }
    if (!choice && label.required) {
      // Anywhere in the pane, nearest first.
      let best: { box: Box; d: number } | null = null;
      for (let y = bounds.y; y + label.h <= bounds.y + bounds.h; y += SCAN)
        for (let x = bounds.x; x + label.w <= bounds.x + bounds.w; x += SCAN) {
          const b = { x, y, w: label.w, h: label.h };
          if (!free(b)) continue;
          const e = nearestOnBox(b, label.anchor);
          const d = Math.hypot(e.x - label.anchor.x, e.y - label.anchor.y);
          if (!best || d < best.d) best = { box: b, d };
        }
      choice = best?.box ?? null;
    }
    if (!choice) continue;
    const end = nearestOnBox(choice, label.anchor);
    placed.push({
      id: label.id,
      box: choice,
      leader: { x1: label.anchor.x, y1: label.anchor.y, x2: end.x, y2: end.y },
    });
    taken.push(choice);
  }
  return placed;
}
