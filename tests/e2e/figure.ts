/**
 * Helpers for the browser tests of the figure's picture: open a figure live in 3D at a size
 * and colour scheme, read its named labels' boxes, and measure what the canvas really draws.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, wakeFigure } from './guard';
import { backgroundOf, snap, type Picture } from './pixels';
import { instrumentWebGL } from './webgl';

export const SIZES = [
  { width: 390, height: 844 },
  { width: 1180, height: 820 },
] as const;

/** The names every view must show (the pinch too, when the hip touches). */
export const REQUIRED_LABELS = [
  'ball',
  'socket',
  'labrum',
  'neck',
  'capsule-front',
  'capsule-back',
];

export async function openLive(page: Page, path: string): Promise<Locator> {
  await instrumentWebGL(page);
  await page.goto(path);
  const figure = page.locator('figure.hipviz').first();
  if (!path.startsWith('/articles/')) await wakeFigure(figure);
  await expect(figure).toHaveAttribute('data-status', 'live', { timeout: 20_000 });
  await figure.scrollIntoViewIfNeeded();
  return figure;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Each shown label's box, relative to the joint's pane, once the labels have settled. */
export async function labelBoxes(figure: Locator): Promise<Map<string, Rect>> {
  const pane = figure.locator('.hipviz-joint');
  const read = () =>
    pane.evaluate((el) => {
      const p = el.getBoundingClientRect();
      return [...el.querySelectorAll<HTMLElement>('li[data-label]')]
        .filter((li) => getComputedStyle(li).visibility !== 'hidden' && li.offsetWidth > 0)
        .map((li) => {
          const r = li.getBoundingClientRect();
          return [
            li.dataset['label']!,
            { x: r.x - p.x, y: r.y - p.y, w: r.width, h: r.height },
          ] as const;
        });
    });
  // Placed after each drawn frame: read until two reads agree.
  let last = '';
  let boxes: (readonly [string, Rect])[] = [];
  await expect
    .poll(async () => {
      boxes = await read();
      const now = JSON.stringify(boxes);
      const same = now === last;
      last = now;
      return same && boxes.length > 0;
    })
    .toBe(true);
  return new Map(boxes);
}

/** The contact (or closest-spot) marker as a box in the pane, if the figure marks one. */
export async function markerBox(figure: Locator): Promise<Rect | null> {
  const pane = figure.locator('.hipviz-joint');
  const x = await pane.getAttribute('data-marker-x');
  const y = await pane.getAttribute('data-marker-y');
  if (x === null || y === null) return null;
  return { x: Number(x) - 12, y: Number(y) - 12, w: 24, h: 24 };
}

/** The close-up's box in the pane (drawn in the canvas), if shown. */
export async function insetBox(figure: Locator): Promise<Rect | null> {
  const value = await figure.locator('.hipviz-joint').getAttribute('data-inset');
  if (!value) return null;
  const [x, y, w, h] = value.split(',').map(Number) as [number, number, number, number];
  return { x, y, w, h };
}

/** Hides everything over the canvas (labels, tags, buttons, the close-up's frame, the body inset), with style attributes (the CSP allows no <style>). */
export async function hideOverlays(figure: Locator): Promise<void> {
  await figure
    .locator('.hipviz-labels, .hipviz-tag, .hipviz-label-toggle, .hipviz-inset, .hipviz-body-inset')
    .evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.visibility = 'hidden')));
}

/** Bounding box of the pixels that differ from the picture's background (its most common colour), leaving out a box. */
export function inkBox(pic: Picture, skip: Rect | null, tolerance = 16): Rect | null {
  const bg = backgroundOf(pic, 4);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let y = 0; y < pic.height; y++)
    for (let x = 0; x < pic.width; x++) {
      if (skip && x >= skip.x && x < skip.x + skip.w && y >= skip.y && y < skip.y + skip.h)
        continue;
      const i = (y * pic.width + x) * 4;
      const d =
        Math.abs(pic.data[i]! - bg[0]!) +
        Math.abs(pic.data[i + 1]! - bg[1]!) +
        Math.abs(pic.data[i + 2]! - bg[2]!);
      if (d <= tolerance * 3) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return Number.isFinite(x0) ? { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 } : null;
}

/** WCAG contrast ratio of two CSS colours as the browser computes them (rgb/rgba, opaque). */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255) as [number, number, number];
    const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Polls until what the canvas draws covers at least half of its pane. Hides the overlays
 * first, so a test that still needs the labels checks them before calling this.
 */
export async function expectFillsHalfItsPane(figure: Locator): Promise<void> {
  await hideOverlays(figure);
  const skip = await insetBox(figure);
  const canvas = figure.locator('canvas');
  await expect
    .poll(async () => {
      const pic = await snap(canvas);
      const ink = inkBox(pic, skip);
      return ink ? (ink.w * ink.h) / (pic.width * pic.height) : 0;
    })
    .toBeGreaterThanOrEqual(0.5);
}
