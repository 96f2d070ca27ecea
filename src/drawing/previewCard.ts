/**
 * The 1200×630 link-preview card of a figure's state, as SVG: the model's flat drawing of
 * the joint on the left (its parts named), the title and the model's key facts on the right.
 * Pure, so it can be rasterised at build time without a browser (src/pages/og/).
 */
import type { HipGeometry, HipState } from '../model';
import { depthInWords, round } from '../state/describe';
import type { ViewName } from '../state/figureState';
import { glideWords } from './glideLens';
import { jointDrawing } from './jointDrawing';
import { PALETTES } from './palette';
import { drawingMarkup } from './render';

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
  const p = PALETTES.light;
  const drawing = jointDrawing(geometry, hip, {
    view: view === 'body' ? 'side' : view,
    aspect: 580 / 530,
  });
  const joint = drawingMarkup(drawing, 'light', 'card', true);
  const facts = [
    `${depthInWords(depth).replace(/^./, (c) => c.toUpperCase())}: hip bent ${round(hip.hipFlexionDeg)}°`,
    hip.contact
      ? `Neck touching the ${hip.contact.structure === 'labrum' ? 'labrum' : 'bony rim'}`
      : `Neck ${Math.max(0, hip.clearanceMm).toFixed(1)} mm from the rim`,
    glideWords(hip.headTranslationMm),
  ];
  const titleLines = wrap(title, 19).slice(0, 3);
  const factLines = facts.flatMap((f) => wrap(f, 34));
  const text = [
    ...titleLines.map(
      (l, i) =>
        `<text x="660" y="${140 + i * 58}" font-size="46" font-weight="700" fill="${p.text}">${escapeXml(l)}</text>`,
    ),
    ...factLines.map(
      (f, i) =>
        `<text x="660" y="${150 + titleLines.length * 58 + 20 + i * 36}" font-size="25" fill="${p.text}">${escapeXml(f)}</text>`,
    ),
    `<text x="660" y="548" font-size="24" fill="${p.textMuted}">The hip in a deep squat</text>`,
    `<text x="660" y="580" font-size="24" fill="${p.textMuted}">A model hip, not yours</text>`,
  ].join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>` +
    `<rect x="30" y="30" width="600" height="570" rx="24" fill="${p.bg}"/>` +
    `<svg x="40" y="50" width="580" height="530" viewBox="${drawing.viewBox}">${joint}</svg>` +
    `<rect x="660" y="76" width="90" height="8" rx="4" fill="${p.accent}"/>` +
    text +
    `</svg>`
  );
}

export const THUMB_WIDTH = 580;
export const THUMB_HEIGHT = 440;

/**
 * The joint alone, its parts named, for a gallery card: the card itself carries the title
 * and the one-line summary, so the picture does not repeat them.
 */
export function jointThumbSvg({ geometry, hip, view }: Omit<CardInput, 'title' | 'depth'>): string {
  const p = PALETTES.light;
  const drawing = jointDrawing(geometry, hip, {
    view: view === 'body' ? 'side' : view,
    aspect: THUMB_WIDTH / THUMB_HEIGHT,
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMB_WIDTH}" height="${THUMB_HEIGHT}" viewBox="0 0 ${THUMB_WIDTH} ${THUMB_HEIGHT}" font-family="DejaVu Sans">` +
    `<rect width="${THUMB_WIDTH}" height="${THUMB_HEIGHT}" fill="${p.bg}"/>` +
    `<svg x="0" y="0" width="${THUMB_WIDTH}" height="${THUMB_HEIGHT}" viewBox="${drawing.viewBox}">${drawingMarkup(drawing, 'light', 'card', true)}</svg>` +
    `</svg>`
  );
}
