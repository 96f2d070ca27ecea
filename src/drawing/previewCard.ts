/**
 * The 1200×630 link-preview card of a figure's state, as SVG: the model's flat drawing of
 * the joint on the left, the title and the model's key numbers on the right. Pure, so it
 * can be rasterised at build time without a browser (src/pages/og/).
 */
import type { HipGeometry, HipState } from '../model';
import { depthInWords, round } from '../state/describe';
import type { ViewName } from '../state/figureState';
import { DRAWING_COLOURS, jointDrawing } from './jointDrawing';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Greedy word wrap by character count: good enough for a fixed font and short titles. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface CardInput {
  title: string;
  geometry: HipGeometry;
  hip: HipState;
  depth: number;
  view: ViewName;
}

export function previewCardSvg({ title, geometry, hip, depth, view }: CardInput): string {
  const drawing = jointDrawing(
    geometry,
    hip,
    view === 'front' || view === 'socket' ? view : 'side',
  );
  const joint = drawing.shapes
    .map(
      (s) =>
        `<path d="${s.d}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}" stroke-linejoin="round" stroke-linecap="round"${s.opacity !== undefined ? ` opacity="${s.opacity}"` : ''}/>`,
    )
    .join('');
  const facts = [
    `${depthInWords(depth).replace(/^./, (c) => c.toUpperCase())}: hip bent ${round(hip.hipFlexionDeg)}°`,
    hip.contact
      ? `Neck touching the ${hip.contact.structure === 'labrum' ? 'labrum' : 'bony rim'}`
      : `Neck ${Math.max(0, hip.clearanceMm).toFixed(1)} mm from the rim`,
    `Inward roll: has ${round(hip.internalRotationAvailableDeg)}°, needs ${round(hip.internalRotationRequiredDeg)}°`,
  ];
  const titleLines = wrap(title, 18).slice(0, 3);
  const text = [
    ...titleLines.map(
      (l, i) =>
        `<text x="660" y="${150 + i * 60}" font-size="48" font-weight="700" fill="#1d1c1a">${escapeXml(l)}</text>`,
    ),
    ...facts.map(
      (f, i) =>
        `<text x="660" y="${165 + titleLines.length * 60 + 20 + i * 40}" font-size="26" fill="#3d3a35">${escapeXml(f)}</text>`,
    ),
    `<text x="660" y="540" font-size="24" fill="#57534b">The hip in a deep squat</text>`,
    `<text x="660" y="572" font-size="24" fill="#57534b">A model hip, not yours</text>`,
  ].join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>` +
    `<rect x="30" y="30" width="600" height="570" rx="24" fill="#f1eee7"/>` +
    `<svg x="40" y="60" width="580" height="510" viewBox="${drawing.viewBox}">${joint}</svg>` +
    `<rect x="660" y="84" width="90" height="8" rx="4" fill="${DRAWING_COLOURS.accent}"/>` +
    text +
    `</svg>`
  );
}
