/**
 * The flat drawing's marker, close-up and named points in the pane's pixels (the SVG is fitted
 * with "meet": scaled to fit, centred), for placing the HTML labels over the poster; and a
 * first placement for the server-rendered page, made at a nominal pane size with estimated
 * text widths, so the labels are there before any script runs.
 */
import type { JointDrawing } from '../drawing/jointDrawing';
import { layoutLabels } from '../drawing/labelLayout';
import type { FrameReport } from '../scene/Viewports';
import { middleOf } from './labelPlacement';

/** The part of the ball labels keep off: a box inside its outline. */
export function ballBox(b: { x: number; y: number; r: number }) {
  const h = b.r * 0.72;
  return { x: b.x - h, y: b.y - h, w: 2 * h, h: 2 * h };
}

export function posterReport(drawing: JointDrawing, width: number, height: number): FrameReport {
  const f = drawing.frame;
  const s = Math.min(width / f.w, height / f.h);
  const ox = (width - f.w * s) / 2 - f.x * s;
  const oy = (height - f.h * s) / 2 - f.y * s;
  const at = (x: number, y: number) => ({ x: x * s + ox, y: y * s + oy });
  const m = drawing.marker;
  const i = drawing.inset;
  return {
    width,
    height,
    marker: m ? at(m.x, m.y) : null,
    inset: i ? { ...at(i.box.x, i.box.y), w: i.box.w * s, h: i.box.h * s } : null,
    anchors: drawing.labels.map((l) => ({ id: l.spec.id, ...at(l.x, l.y) })),
    ball: { ...at(drawing.ball.x, drawing.ball.y), r: drawing.ball.r * s },
  };
}

/** A pane of a figure in an article on a laptop, and the labels' font there. */
const NOMINAL = { width: 640, height: 480 };
const CHAR_PX = 7.6;
const LINE_PX = 18;

export function initialLabelPositions(
  drawing: JointDrawing,
): Map<string, { left: number; top: number }> {
  const report = posterReport(drawing, NOMINAL.width, NOMINAL.height);
  const boxes = drawing.labels.flatMap(({ spec }) => {
    const a = report.anchors.find((x) => x.id === spec.id);
    if (!a) return [];
    const text = `${spec.title} ${spec.detail ?? ''}`;
    const lines = Math.ceil((text.length * CHAR_PX) / 200);
    return [
      {
        id: spec.id,
        anchor: { x: a.x, y: a.y },
        w: Math.min(200, text.length * CHAR_PX) + 14,
        h: lines * LINE_PX + 8,
        priority: spec.priority,
        required: spec.required,
      },
    ];
  });
  const obstacles = report.inset ? [report.inset] : [];
  if (report.ball) obstacles.push(ballBox(report.ball));
  if (report.marker)
    obstacles.push({ x: report.marker.x - 11, y: report.marker.y - 11, w: 22, h: 22 });
  const placed = layoutLabels(boxes, {
    bounds: { x: 4, y: 40, w: NOMINAL.width - 8, h: NOMINAL.height - 44 },
    obstacles,
    prefer: { contact: -Math.PI / 2, near: -Math.PI / 2 },
    outwardFrom: middleOf(boxes.map((b) => b.anchor)),
  });
  return new Map(
    placed.map((p) => [
      p.id,
      { left: (p.box.x / NOMINAL.width) * 100, top: (p.box.y / NOMINAL.height) * 100 },
    ]),
  );
}

/**
 * Where the close-up's frame starts (percent of the pane, at the same nominal size as the
 * labels), so that without script it frames the close-up and with it only a transform moves it.
 */
export function initialInsetPosition(
  drawing: JointDrawing,
): { left: string; top: string; width: string; height: string } | undefined {
  const i = posterReport(drawing, NOMINAL.width, NOMINAL.height).inset;
  if (!i) return undefined;
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`;
  return {
    left: pct(i.x, NOMINAL.width),
    top: pct(i.y, NOMINAL.height),
    width: pct(i.w, NOMINAL.width),
    height: pct(i.h, NOMINAL.height),
  };
}
