/**
 * Renders a flat joint drawing: paint resolved either to CSS variables (on screen, where the
 * page's scheme decides the colours before any script runs) or to one scheme's colours (the
 * standalone SVG of the preview images and print). Labels, when drawn into the SVG, are laid
 * out with the same rules as the figure's HTML labels, with text widths estimated.
 */
import {
  INSET_LAYERS,
  LAYERS,
  markerShapes,
  type JointDrawing,
  type Layer,
  type Paint,
  type Shape,
} from './jointDrawing';
import { layoutLabels, type Box, type Placed } from './labelLayout';
import { PALETTES, cssVar, type PaletteToken, type SchemeName } from './palette';
import { circlePath, num } from './project';

export type PaintMode = SchemeName | 'css';

export function paint(p: Paint | undefined, mode: PaintMode): string {
  if (p === undefined || p === 'none') return 'none';
  if (p.startsWith('rgb(')) return p;
  return mode === 'css' ? cssVar(p as PaletteToken) : PALETTES[mode][p as PaletteToken];
}

export interface ShapeAttributes {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth?: number;
  opacity?: number;
  strokeDasharray?: string;
  paintOrder?: 'stroke';
}

export function shapeAttributes(s: Shape, mode: PaintMode): ShapeAttributes {
  const out: ShapeAttributes = {
    d: s.d,
    fill: paint(s.fill ?? 'none', mode),
    stroke: paint(s.stroke ?? 'none', mode),
  };
  // Rounded, so the server's markup and the browser's are the same to the character.
  if (s.strokeWidth) out.strokeWidth = Math.round(s.strokeWidth * 100) / 100;
  if (s.opacity !== undefined) out.opacity = Math.round(s.opacity * 100) / 100;
  if (s.dash) out.strokeDasharray = s.dash;
  if (s.outline) out.paintOrder = 'stroke';
  return out;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function pathMarkup(s: Shape, mode: PaintMode): string {
  const a = shapeAttributes(s, mode);
  return (
    `<path d="${a.d}" fill="${a.fill}" stroke="${a.stroke}"` +
    (a.strokeWidth ? ` stroke-width="${a.strokeWidth}"` : '') +
    (a.opacity !== undefined ? ` opacity="${a.opacity}"` : '') +
    (a.strokeDasharray ? ` stroke-dasharray="${a.strokeDasharray}"` : '') +
    (a.paintOrder ? ` paint-order="stroke"` : '') +
    ` stroke-linejoin="round" stroke-linecap="round"/>`
  );
}

export interface TextLabel {
  id: string;
  lines: { text: string; bold: boolean }[];
  placed: Placed;
  fontSize: number;
}

/** Average advance of a character of the UI font, as a share of its size. */
const CHAR_WIDTH = 0.56;

/**
 * Labels for an SVG drawing, in viewBox units, at a font size that is `share` of the frame's
 * width. When the required names do not all fit, the second lines that only explain go first,
 * then the font shrinks a little.
 */
export function svgLabels(drawing: JointDrawing, share = 0.032): TextLabel[] {
  const attempts = [
    { share, details: true },
    { share, details: false },
    { share: share * 0.85, details: false },
    { share: share * 0.72, details: false },
  ];
  let result: TextLabel[] = [];
  for (const attempt of attempts) {
    result = placeSvgLabels(drawing, attempt.share, attempt.details);
    const placed = new Set(result.map((l) => l.id));
    if (drawing.labels.every((l) => !l.spec.required || placed.has(l.spec.id))) break;
  }
  return result;
}

function placeSvgLabels(drawing: JointDrawing, share: number, details: boolean): TextLabel[] {
  const { frame } = drawing;
  const fs = frame.w * share;
  const pad = fs * 0.35;
  const boxes = drawing.labels.map(({ spec, x, y }) => {
    const lines = [
      { text: spec.title, bold: true },
      ...(spec.detail && (details || spec.essential) ? [{ text: spec.detail, bold: false }] : []),
    ];
    const w = Math.max(...lines.map((l) => l.text.length)) * fs * CHAR_WIDTH + 2 * pad;
    const h = lines.length * fs * 1.2 + 2 * pad;
    return {
      id: spec.id,
      anchor: { x, y },
      w,
      h,
      priority: spec.priority,
      required: spec.required,
      lines,
    };
  });
  const obstacles: Box[] = [];
  if (drawing.marker) {
    const r = drawing.marker.r * 2;
    obstacles.push({ x: drawing.marker.x - r, y: drawing.marker.y - r, w: 2 * r, h: 2 * r });
  }
  if (drawing.inset) obstacles.push(drawing.inset.box);
  const b = drawing.ball;
  obstacles.push({ x: b.x - b.r * 0.72, y: b.y - b.r * 0.72, w: b.r * 1.44, h: b.r * 1.44 });
  const placed = layoutLabels(boxes, {
    bounds: frame,
    obstacles,
    prefer: { contact: -Math.PI / 2, near: -Math.PI / 2 },
    outwardFrom: {
      x: boxes.reduce((s, b) => s + b.anchor.x, 0) / (boxes.length || 1),
      y: boxes.reduce((s, b) => s + b.anchor.y, 0) / (boxes.length || 1),
    },
  });
  return placed.map((p) => ({
    id: p.id,
    lines: boxes.find((b) => b.id === p.id)!.lines,
    placed: p,
    fontSize: fs,
  }));
}

function labelMarkup(l: TextLabel, mode: PaintMode): string {
  const { box, leader } = l.placed;
  const fs = l.fontSize;
  const contact = l.id === 'contact';
  const bg = paint(contact ? 'accent' : 'labelBg', mode);
  const fg = paint(contact ? 'onAccent' : 'text', mode);
  const lines = l.lines
    .map(
      (line, i) =>
        `<text x="${num(box.x + fs * 0.35)}" y="${num(box.y + fs * 0.35 + fs * (0.95 + 1.2 * i))}" font-size="${num(fs)}"${line.bold ? ' font-weight="700"' : ''} fill="${fg}">${escapeXml(line.text)}</text>`,
    )
    .join('');
  return (
    `<path d="M${num(leader.x1)} ${num(leader.y1)}L${num(leader.x2)} ${num(leader.y2)}" stroke="${paint('leader', mode)}" stroke-width="${num(fs * 0.09)}"/>` +
    `<path d="${circlePath(leader.x1, leader.y1, fs * 0.18)}" fill="${paint('leader', mode)}"/>` +
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" rx="${num(fs * 0.3)}" fill="${bg}" stroke="${paint('leader', mode)}" stroke-width="${num(fs * 0.06)}"/>` +
    lines
  );
}

export interface SvgOptions {
  width: number;
  height: number;
  scheme?: SchemeName;
  /** Names in the picture (print, previews); the live figure uses HTML labels instead. */
  labels?: boolean;
  /** Unique on the page: the close-up refers to the drawing by this id. */
  id?: string;
}

/** The drawing's shapes by layer, in drawing order (empty layers left out). */
export function layered(drawing: JointDrawing): [Layer, Shape[]][] {
  return LAYERS.map(
    (layer) => [layer, drawing.shapes.filter((s) => s.layer === layer)] as [Layer, Shape[]],
  ).filter(([, shapes]) => shapes.length > 0);
}

/** The close-up's own marker, drawn at the close-up's scale so it keeps its size on screen. */
export function insetMarker(drawing: JointDrawing): Shape[] {
  const { marker, inset } = drawing;
  if (!marker || !inset) return [];
  const k = 1.4 / inset.zoom;
  return markerShapes(marker.x, marker.y, marker.r * k, marker.contact).map((s) => ({
    ...s,
    ...(s.strokeWidth ? { strokeWidth: s.strokeWidth * k } : {}),
  }));
}

/** The drawing as the inside of an <svg> (the joint, its close-up and optional labels). */
export function drawingMarkup(
  drawing: JointDrawing,
  mode: PaintMode,
  id: string,
  labels: boolean,
): string {
  const groups = layered(drawing);
  let out = groups
    .map(
      ([layer, shapes]) =>
        `<g id="${id}-${layer}">${shapes.map((s) => pathMarkup(s, mode)).join('')}</g>`,
    )
    .join('');
  const inset = drawing.inset;
  if (inset) {
    const { box, view } = inset;
    const uses = groups
      .filter(([layer]) => INSET_LAYERS.includes(layer))
      .map(([layer]) => `<use href="#${id}-${layer}"/>`)
      .join('');
    const marker = insetMarker(drawing)
      .map((s) => pathMarkup(s, mode))
      .join('');
    out +=
      `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" fill="${paint('bg', mode)}" stroke="${paint('leader', mode)}" stroke-width="${num(box.w * 0.012)}"/>` +
      `<svg x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" viewBox="${[view.x, view.y, view.w, view.h].map(num).join(' ')}">${uses}${marker}</svg>`;
  }
  if (labels)
    out += svgLabels(drawing)
      .map((l) => labelMarkup(l, mode))
      .join('');
  return out;
}

/** The drawing as a standalone SVG document. */
export function jointSvg(drawing: JointDrawing, options: SvgOptions): string {
  const { width, height, scheme = 'light', labels = false, id = 'joint' } = options;
  const f = drawing.frame;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${drawing.viewBox}" preserveAspectRatio="xMidYMid meet" font-family="DejaVu Sans, sans-serif">` +
    `<rect x="${num(f.x - f.w)}" y="${num(f.y - f.h)}" width="${num(3 * f.w)}" height="${num(3 * f.h)}" fill="${PALETTES[scheme].bg}"/>` +
    drawingMarkup(drawing, scheme, id, labels) +
    `</svg>`
  );
}
