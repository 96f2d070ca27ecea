/**
 * The web app's icons, drawn once as SVG and rasterised with resvg:
 *   npx node scripts/make-icons.ts
 * writes public/icons/{icon-192,icon-512,maskable-512,apple-touch-icon}.png. The PNGs are
 * committed (home screens want PNG); run this again only when the drawing changes.
 * The motif is the favicon's: the ball of the hip (ivory) under the rim of its socket (blue-grey).
 */
import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const BG = '#1d1c1a';
const BONE = '#ede3cf';
const CARTILAGE = '#c9d6e3';

/** The motif on a 64-unit square; `scale` shrinks it about the centre (maskable icons keep a safe zone). */
function motif(scale: number): string {
  const t = `translate(32 32) scale(${scale}) translate(-32 -32)`;
  return `<g transform="${t}"><circle cx="30" cy="28" r="13" fill="${BONE}"/><path d="M34 36 L48 52" stroke="${BONE}" stroke-width="9" stroke-linecap="round"/><path d="M14 24 A18 18 0 0 1 44 16" fill="none" stroke="${CARTILAGE}" stroke-width="4" stroke-linecap="round"/></g>`;
}

const svg = (background: string, scale: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${background}${motif(scale)}</svg>`;

// "any": a rounded tile with a transparent corner. "maskable" and Apple's: full bleed, since the
// platform cuts its own shape; the motif stays inside the central 80 % safe zone.
const rounded = svg(`<rect width="64" height="64" rx="14" fill="${BG}"/>`, 1);
const fullBleed = svg(`<rect width="64" height="64" fill="${BG}"/>`, 0.78);

const outputs: [string, string, number][] = [
  ['icon-192.png', rounded, 192],
  ['icon-512.png', rounded, 512],
  ['maskable-512.png', fullBleed, 512],
  ['apple-touch-icon.png', fullBleed, 180],
];
for (const [name, source, size] of outputs) {
  const png = new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`public/icons/${name}`, png);
  console.log(`public/icons/${name} ${size}×${size} ${png.length} bytes`);
}
